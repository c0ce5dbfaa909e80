import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { webhookEndpoints } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { checkEndpointUrl } from "./check-endpoint-url";
import { updateWebhookEndpointSchema } from "./schemas";
import { readWebhookEndpoint, type WebhookEndpointRow } from "./webhook-endpoint-row";

/**
 * webhooks:manage (owners, managers): changes an endpoint's URL, description or event types, or disables or enables it
 * (enabling clears its failure streak; deliveries that failed while it was disabled are not sent again: Resend them).
 */
export async function updateWebhookEndpoint(caller: Caller, slug: string, input: unknown): Promise<WebhookEndpointRow> {
  const { endpointId, enabled, eventTypes, ...fields } = parseInput(updateWebhookEndpointSchema, input);
  const url = fields.url === undefined ? undefined : checkEndpointUrl(fields.url);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "webhooks:manage", { lock: true });
    const now = new Date();
    const [row] = await tx
      .update(webhookEndpoints)
      .set({
        updatedAt: now,
        ...(url !== undefined ? { url } : {}),
        ...(fields.description !== undefined ? { description: fields.description } : {}),
        ...(eventTypes !== undefined ? { eventTypes: eventTypes === "all" ? null : [...new Set(eventTypes)] } : {}),
        ...(enabled === false ? { disabledAt: now, disabledReason: `Disabled by ${caller.label}.` } : {}),
        ...(enabled === true ? { disabledAt: null, disabledReason: null, failingSince: null } : {}),
      })
      .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.workspaceId, workspace.id)))
      .returning({ id: webhookEndpoints.id, url: webhookEndpoints.url });
    if (!row) throw notFound("That webhook endpoint does not exist.");
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "webhook.endpoint_updated",
      target: { type: "webhook_endpoint", id: row.id, label: row.url },
      metadata: { ...(url !== undefined ? { url } : {}), ...(eventTypes !== undefined ? { eventTypes } : {}), ...(enabled !== undefined ? { enabled } : {}) },
    });
    return readWebhookEndpoint(tx, workspace.id, row.id);
  });
}
