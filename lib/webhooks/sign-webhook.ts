import { Webhook } from "standardwebhooks";

/**
 * The Standard Webhooks headers of one request: `webhook-signature` carries one `v1,<base64>` signature per secret,
 * space-separated (the current one, and during a rotation's overlap the previous one), so a receiver verifying with
 * either secret accepts it.
 */
export function signWebhook(secrets: string[], messageId: string, at: Date, body: string): Record<string, string> {
  return {
    "webhook-id": messageId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": secrets.map((secret) => new Webhook(secret).sign(messageId, at, body)).join(" "),
  };
}
