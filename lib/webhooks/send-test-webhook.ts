import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "@/db/client";
import { webhookDeliveries } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { parseInput } from "@/lib/validation";
import { TEST_EVENT_TYPE, webhookEndpointIdSchema } from "./schemas";
import { readWebhookEndpoint } from "./webhook-endpoint-row";
import type { WebhookPayload } from "./webhook-payload";
import { webhookActor } from "./webhook-payload";
import { enqueueDeliveryJobs } from "./webhook-queue";

/**
 * webhooks:manage (owners, managers): queues a `webhook.test` event to one endpoint (even a disabled one, to check a
 * fixed receiver before enabling it), shown in its delivery log like any other. Not an activity event.
 */
export async function sendTestWebhook(caller: Caller, slug: string, input: unknown): Promise<{ deliveryId: string }> {
  const { endpointId } = parseInput(webhookEndpointIdSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "webhooks:manage", { lock: true });
    const endpoint = await readWebhookEndpoint(tx, workspace.id, endpointId);
    const messageId = `evt_test_${randomUUID().replaceAll("-", "")}`;
    const payload: WebhookPayload = {
      id: messageId,
      type: TEST_EVENT_TYPE,
      timestamp: new Date().toISOString(),
      workspace: { id: workspace.id, slug: workspace.slug },
      actor: webhookActor(callerActor(caller)),
      target: { type: "webhook_endpoint", id: endpoint.id, label: endpoint.url },
      data: { message: "A test event from Roster's webhook settings." },
    };
    const [row] = await tx
      .insert(webhookDeliveries)
      .values({ endpointId: endpoint.id, messageId, type: TEST_EVENT_TYPE, payload })
      .returning({ id: webhookDeliveries.id });
    await enqueueDeliveryJobs(tx, [{ deliveryId: row.id, endpointId: endpoint.id, attempt: 1 }]);
    return { deliveryId: row.id };
  });
}
