import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { webhookEndpoints } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { rotateWebhookSecretSchema } from "./schemas";
import { generateWebhookSecret, sealWebhookSecret } from "./webhook-secret";

/**
 * webhooks:manage (owners, managers): a new signing secret, returned once. For `overlapHours` the old one signs too
 * (both signatures in `webhook-signature`), so receivers can switch without missing an event; a rotation during an
 * overlap ends the older secret at once.
 */
export async function rotateWebhookSecret(caller: Caller, slug: string, input: unknown): Promise<{ id: string; secret: string; previousSecretExpiresAt: Date | null }> {
  const { endpointId, overlapHours } = parseInput(rotateWebhookSecretSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "webhooks:manage", { lock: true });
    const [current] = await tx
      .select({ id: webhookEndpoints.id, url: webhookEndpoints.url, secret: webhookEndpoints.secret })
      .from(webhookEndpoints)
      .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.workspaceId, workspace.id)))
      .for("update");
    if (!current) throw notFound("That webhook endpoint does not exist.");
    const secret = generateWebhookSecret();
    const now = new Date();
    const previousSecretExpiresAt = overlapHours > 0 ? new Date(now.getTime() + overlapHours * 3_600_000) : null;
    await tx
      .update(webhookEndpoints)
      .set({ secret: sealWebhookSecret(secret), previousSecret: previousSecretExpiresAt ? current.secret : null, previousSecretExpiresAt, updatedAt: now })
      .where(eq(webhookEndpoints.id, current.id));
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "webhook.secret_rotated",
      target: { type: "webhook_endpoint", id: current.id, label: current.url },
      metadata: { overlapHours },
    });
    return { id: current.id, secret, previousSecretExpiresAt };
  });
}
