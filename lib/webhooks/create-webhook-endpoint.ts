import "server-only";
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { webhookEndpoints } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { quotaExceeded } from "@/lib/quotas/quota-exceeded";
import { parseInput } from "@/lib/validation";
import { checkEndpointUrl } from "./check-endpoint-url";
import { createWebhookEndpointSchema, MAX_WEBHOOK_ENDPOINTS } from "./schemas";
import { readWebhookEndpoint, type WebhookEndpointRow } from "./webhook-endpoint-row";
import { generateWebhookSecret, sealWebhookSecret } from "./webhook-secret";

export type CreatedWebhookEndpoint = { endpoint: WebhookEndpointRow; secret: string };

/**
 * webhooks:manage (owners, managers): a webhook endpoint of the workspace, at most MAX_WEBHOOK_ENDPOINTS. Its signing
 * secret is returned once (stored sealed, as Roster signs with it).
 */
export async function createWebhookEndpoint(caller: Caller, slug: string, input: unknown): Promise<CreatedWebhookEndpoint> {
  const fields = parseInput(createWebhookEndpointSchema, input);
  const url = checkEndpointUrl(fields.url);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "webhooks:manage", { lock: true });
    const [{ used }] = await tx.select({ used: count() }).from(webhookEndpoints).where(eq(webhookEndpoints.workspaceId, workspace.id));
    if (used >= MAX_WEBHOOK_ENDPOINTS) {
      throw quotaExceeded({ whoHas: "This workspace has", used, limit: MAX_WEBHOOK_ENDPOINTS, things: ["webhook endpoint", "webhook endpoints"] });
    }
    const secret = generateWebhookSecret();
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({
        workspaceId: workspace.id,
        url,
        description: fields.description,
        eventTypes: fields.eventTypes === "all" ? null : [...new Set(fields.eventTypes)],
        secret: sealWebhookSecret(secret),
        createdBy: caller.userId,
      })
      .returning({ id: webhookEndpoints.id });
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "webhook.endpoint_created",
      target: { type: "webhook_endpoint", id: row.id, label: url },
      metadata: { eventTypes: fields.eventTypes },
    });
    return { endpoint: await readWebhookEndpoint(tx, workspace.id, row.id), secret };
  });
}
