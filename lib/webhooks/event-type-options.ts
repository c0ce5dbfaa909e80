import { ACTION_LABELS } from "@/lib/activity/describe-event";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "./schemas";

/** The event types with their activity labels, for the endpoint form's checklist. */
export function eventTypeOptions(): { type: WebhookEventType; label: string }[] {
  return WEBHOOK_EVENT_TYPES.map((type) => ({ type, label: ACTION_LABELS[type] }));
}
