import type { Actor } from "@/lib/activity/record-activity";

/** What every webhook POSTs (the OpenAPI document's webhooks section describes it per type). */
export type WebhookPayload = {
  /** The event's id, also sent as `webhook-id`: the same on every retry and resend. */
  id: string;
  type: string;
  /** When the change happened (ISO 8601). */
  timestamp: string;
  workspace: { id: string; slug: string };
  actor: { type: Actor["type"]; id: string | null; label: string; token?: { id: string; name: string } };
  target: { type: string; id: string; label: string } | null;
  data: Record<string, unknown>;
};

export const messageIdOf = (eventId: number) => `evt_${eventId}`;

export function webhookActor(actor: Actor): WebhookPayload["actor"] {
  return { type: actor.type, id: actor.id, label: actor.label, ...(actor.token ? { token: actor.token } : {}) };
}
