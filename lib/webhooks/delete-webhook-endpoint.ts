import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { webhookEndpoints } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { webhookEndpointIdSchema } from "./schemas";

/** webhooks:manage (owners, managers): deletes an endpoint with its delivery log; its queued attempts are skipped. */
export async function deleteWebhookEndpoint(caller: Caller, slug: string, input: unknown): Promise<{ id: string }> {
  const { endpointId } = parseInput(webhookEndpointIdSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "webhooks:manage", { lock: true });
    const [row] = await tx
      .delete(webhookEndpoints)
      .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.workspaceId, workspace.id)))
      .returning({ id: webhookEndpoints.id, url: webhookEndpoints.url });
    if (!row) throw notFound("That webhook endpoint does not exist.");
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "webhook.endpoint_deleted",
      target: { type: "webhook_endpoint", id: row.id, label: row.url },
    });
    return { id: row.id };
  });
}
