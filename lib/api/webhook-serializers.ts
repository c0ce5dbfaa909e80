import type { z } from "zod";
import type { WebhookDeliveryRow } from "@/lib/webhooks/list-webhook-deliveries";
import type { WebhookEndpointRow } from "@/lib/webhooks/webhook-endpoint-row";
import type { webhookDeliverySchema, webhookEndpointSchema } from "./webhook-schemas";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function webhookEndpointJson(e: WebhookEndpointRow): z.output<typeof webhookEndpointSchema> {
  return {
    id: e.id,
    url: e.url,
    description: e.description,
    eventTypes: e.eventTypes,
    enabled: e.enabled,
    disabledAt: iso(e.disabledAt),
    disabledReason: e.disabledReason,
    failingSince: iso(e.failingSince),
    previousSecretExpiresAt: iso(e.previousSecretExpiresAt),
    createdAt: e.createdAt.toISOString(),
    createdBy: e.createdBy,
  };
}

export function webhookDeliveryJson(d: WebhookDeliveryRow): z.output<typeof webhookDeliverySchema> {
  return {
    id: d.id,
    messageId: d.messageId,
    type: d.type,
    status: d.status,
    attempts: d.attempts,
    createdAt: d.createdAt.toISOString(),
    lastAttemptAt: iso(d.lastAttemptAt),
    lastStatusCode: d.lastStatusCode,
    nextAttemptAt: iso(d.nextAttemptAt),
    payload: d.payload,
    attemptLog: d.attemptLog.map((a) => ({ ...a, attemptedAt: a.attemptedAt.toISOString(), nextRetryAt: iso(a.nextRetryAt) })),
  };
}
