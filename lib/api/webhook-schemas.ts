import { z } from "zod";
import { TEST_EVENT_TYPE, WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/schemas";

/** Response shapes of the /api/v1/webhooks operations, and the payload Roster POSTs (the document's webhooks section). */
const timestamp = z.iso.datetime({ offset: true }).meta({ description: "An ISO 8601 timestamp." });

export const webhookEndpointSchema = z
  .object({
    id: z.uuid(),
    url: z.string(),
    description: z.string(),
    eventTypes: z.union([z.literal("all"), z.array(z.string())]).meta({ description: "`all`, or the event types it receives." }),
    enabled: z.boolean(),
    disabledAt: timestamp.nullable(),
    disabledReason: z.string().nullable().meta({ description: "Why it was disabled: a 410, failing for WEBHOOK_DISABLE_AFTER_DAYS, or by whom." }),
    failingSince: timestamp.nullable().meta({ description: "Since when every delivery has failed; null when the last one succeeded." }),
    previousSecretExpiresAt: timestamp.nullable().meta({ description: "During a rotation's overlap: until when the previous secret also signs." }),
    createdAt: timestamp,
    createdBy: z.string().nullable(),
  })
  .meta({ id: "WebhookEndpoint" });

export const webhookEndpointListSchema = z.object({ data: z.array(webhookEndpointSchema) }).meta({ id: "WebhookEndpointList" });

export const createdWebhookEndpointSchema = webhookEndpointSchema
  .extend({ secret: z.string().meta({ description: "The signing secret (`whsec_…`, Standard Webhooks): shown only in this response." }) })
  .meta({ id: "CreatedWebhookEndpoint" });

export const rotatedWebhookSecretSchema = z
  .object({
    id: z.uuid(),
    secret: z.string().meta({ description: "The new signing secret: shown only in this response." }),
    previousSecretExpiresAt: timestamp.nullable().meta({ description: "Until when the previous secret signs too; null: no overlap." }),
  })
  .meta({ id: "RotatedWebhookSecret" });

export const queuedWebhookDeliverySchema = z.object({ deliveryId: z.uuid() }).meta({ id: "QueuedWebhookDelivery" });

export const webhookAttemptSchema = z
  .object({
    attemptedAt: timestamp,
    statusCode: z.number().int().nullable().meta({ description: "The receiver's status; null when no answer came (refused address, timeout, connection error)." }),
    durationMs: z.number().int(),
    error: z.string().nullable(),
    responseExcerpt: z.string().nullable().meta({ description: "The first KiB of the reply." }),
    nextRetryAt: timestamp.nullable(),
  })
  .meta({ id: "WebhookAttempt" });

export const webhookDeliverySchema = z
  .object({
    id: z.uuid(),
    messageId: z.string().meta({ description: "The `webhook-id` header and the payload's `id`: the same on every attempt and resend." }),
    type: z.string(),
    status: z.enum(["pending", "succeeded", "failed"]),
    attempts: z.number().int(),
    createdAt: timestamp,
    lastAttemptAt: timestamp.nullable(),
    lastStatusCode: z.number().int().nullable(),
    nextAttemptAt: timestamp.nullable(),
    payload: z.record(z.string(), z.unknown()),
    attemptLog: z.array(webhookAttemptSchema),
  })
  .meta({ id: "WebhookDelivery" });

export const webhookDeliveryListSchema = z.object({ data: z.array(webhookDeliverySchema) }).meta({ id: "WebhookDeliveryList" });

export const webhookPayloadSchema = z
  .object({
    id: z.string().meta({ description: "The event's id (`evt_…`), also the `webhook-id` header: deduplicate on it." }),
    type: z.enum([...WEBHOOK_EVENT_TYPES, TEST_EVENT_TYPE]),
    timestamp: timestamp.meta({ description: "When the change happened." }),
    workspace: z.object({ id: z.uuid(), slug: z.string() }),
    actor: z
      .object({
        type: z.enum(["user", "service_account", "token", "system"]),
        id: z.string().nullable().meta({ description: "The person or service account; null for Roster itself, SCIM or an identity provider." }),
        label: z.string(),
        token: z.object({ id: z.string(), name: z.string() }).optional().meta({ description: "The API token the change came through." }),
      })
      .meta({ description: "Who made the change." }),
    target: z.object({ type: z.string(), id: z.string(), label: z.string() }).nullable().meta({ description: "What the change was made to." }),
    data: z.record(z.string(), z.unknown()).meta({ description: "The event's details, as the activity log records them (e.g. `from` and `to` of a role change)." }),
  })
  .meta({ id: "WebhookEvent" });
