import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { webhookDeliveryIdSchema } from "./schemas";
import { enqueueDeliveryJobs } from "./webhook-queue";

/**
 * webhooks:manage (owners, managers): sends a delivery again now, with the same `webhook-id` (receivers deduplicate
 * on it), as its next attempt; a retry it overtakes is skipped.
 */
export async function resendWebhookDelivery(caller: Caller, slug: string, input: unknown): Promise<{ deliveryId: string }> {
  const { endpointId, deliveryId } = parseInput(webhookDeliveryIdSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "webhooks:manage", { lock: true });
    const [row] = await tx
      .select({ id: webhookDeliveries.id, attempts: webhookDeliveries.attempts })
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
      .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.workspaceId, workspace.id)))
      .for("update");
    if (!row) throw notFound("That delivery does not exist (deliveries are kept 30 days).");
    await tx.update(webhookDeliveries).set({ status: "pending", nextAttemptAt: new Date() }).where(eq(webhookDeliveries.id, row.id));
    await enqueueDeliveryJobs(tx, [{ deliveryId: row.id, endpointId, attempt: row.attempts + 1 }]);
    return { deliveryId: row.id };
  });
}
