import "server-only";
import { executeRows, sql, type Tx } from "@/db/client";
import type { ActivityInput } from "@/lib/activity/record-activity";
import { enqueueDeliveryJobs } from "./webhook-queue";
import { messageIdOf, webhookActor } from "./webhook-payload";

export type EventToDeliver = ActivityInput & { id: number; createdAt: Date };

/**
 * In the transaction of the change that caused the event (recordActivity calls it): one delivery per enabled endpoint
 * of the workspace that wants the event's type, with its payload, and a pg-boss job for each. One statement when no
 * endpoint wants it (the usual case); a rolled-back change sends nothing, a committed one is delivered even if this
 * process dies right after.
 */
export async function enqueueWebhookDeliveries(tx: Tx, event: EventToDeliver): Promise<void> {
  const messageId = messageIdOf(event.id);
  const { token, ...data } = event.metadata ?? {};
  void token;
  const actor = JSON.stringify(webhookActor(event.actor));
  const target = JSON.stringify(event.target ?? null);
  const rows = await executeRows<{ id: string; endpoint_id: string }>(
    tx,
    sql`insert into webhook_deliveries (endpoint_id, event_id, message_id, type, payload)
      select e.id, ${event.id}, ${messageId}, ${event.action},
        jsonb_build_object('id', ${messageId}::text, 'type', ${event.action}::text, 'timestamp', ${event.createdAt.toISOString()}::text,
          'workspace', jsonb_build_object('id', w.id, 'slug', w.slug), 'actor', ${actor}::jsonb, 'target', ${target}::jsonb, 'data', ${JSON.stringify(data)}::jsonb)
      from webhook_endpoints e join workspaces w on w.id = e.workspace_id
      where e.workspace_id = ${event.workspaceId} and e.disabled_at is null and (e.event_types is null or ${event.action} = any(e.event_types))
      returning id, endpoint_id`,
  );
  await enqueueDeliveryJobs(tx, rows.map((r) => ({ deliveryId: r.id, endpointId: r.endpoint_id, attempt: 1 })));
}
