import { z } from "zod";
import { ACTIVITY_ACTIONS, type ActivityAction } from "@/lib/activity/schemas";

/** The event types an endpoint can receive: the activity log's actions, the one list (lib/activity/schemas.ts). */
export const WEBHOOK_EVENT_TYPES = ACTIVITY_ACTIONS;
export type WebhookEventType = ActivityAction;

/** The type of the event "Send test event" sends: to that endpoint only, whatever types it chose. */
export const TEST_EVENT_TYPE = "webhook.test";

export const MAX_WEBHOOK_ENDPOINTS = 10;
/** How long a delivery and its attempts stay in the log. */
export const WEBHOOK_LOG_DAYS = 30;

const url = z
  .string({ error: "Enter the endpoint's URL." })
  .trim()
  .min(1, "Enter the endpoint's URL.")
  .max(2000, "The URL is too long (2,000 characters at most).")
  .meta({ description: "Where Roster POSTs the events: https (plain http only to this machine or a private network, when the server allows private addresses)." });

const description = z.string().trim().max(200, "The description is too long (200 characters at most).").meta({ description: "What the endpoint is for." });

const eventTypes = z
  .union([z.literal("all"), z.array(z.enum(WEBHOOK_EVENT_TYPES, { error: "Unknown event type." })).min(1, "Choose at least one event type.").max(WEBHOOK_EVENT_TYPES.length)])
  .meta({ description: "`all`, or the event types (activity actions) the endpoint receives." });

export const createWebhookEndpointSchema = z.object({
  url,
  description: description.optional().default(""),
  eventTypes: eventTypes.optional().default("all"),
});

export const webhookEndpointIdSchema = z.object({ endpointId: z.uuid({ error: "Unknown endpoint." }) });

export const updateWebhookEndpointFieldsSchema = z.object({
  url: url.optional(),
  description: description.optional(),
  eventTypes: eventTypes.optional(),
  enabled: z.boolean().optional().meta({ description: "false disables the endpoint (nothing is sent); true enables it again and clears its failure streak." }),
});
export const updateWebhookEndpointSchema = updateWebhookEndpointFieldsSchema.extend(webhookEndpointIdSchema.shape);

export const rotateWebhookSecretFieldsSchema = z.object({
  overlapHours: z.coerce
    .number({ error: "The overlap must be a number of hours." })
    .int("The overlap must be a whole number of hours.")
    .min(0, "The overlap cannot be negative.")
    .max(168, "The overlap is at most 168 hours (a week).")
    .optional()
    .default(24)
    .meta({ description: "Hours during which the old secret signs too (each request then carries both signatures); 0 ends it at once." }),
});
export const rotateWebhookSecretSchema = rotateWebhookSecretFieldsSchema.extend(webhookEndpointIdSchema.shape);

export const webhookDeliveryIdSchema = webhookEndpointIdSchema.extend({ deliveryId: z.uuid({ error: "Unknown delivery." }) });

export const listWebhookDeliveriesSchema = z.object({
  limit: z.coerce.number({ error: "Limit must be a number." }).int("Limit must be a whole number.").min(1, "Limit must be at least 1.").max(100, "Limit must be at most 100.").optional().default(50),
});
