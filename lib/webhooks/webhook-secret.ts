import "server-only";
import { randomBytes } from "node:crypto";
import { openSecret, sealSecret } from "@/lib/crypto/secret-box";

const PURPOSE = "webhook-endpoint-secret";

/** A new signing secret in the Standard Webhooks form: `whsec_` and 24 random bytes in base64. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

export const sealWebhookSecret = (secret: string) => sealSecret(secret, PURPOSE);
export const openWebhookSecret = (sealed: string) => openSecret(sealed, PURPOSE);
