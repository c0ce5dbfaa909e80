import "server-only";
import { asc, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { webhookAttempts, webhookDeliveries, type WebhookDeliveryStatus } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";
import { parseInput } from "@/lib/validation";
import { listWebhookDeliveriesSchema, webhookEndpointIdSchema } from "./schemas";
import { readWebhookEndpoint, type WebhookEndpointRow } from "./webhook-endpoint-row";
import { readReplica } from "@/lib/read-replica/read-replica";

export type WebhookAttemptRow = { attemptedAt: Date; statusCode: number | null; durationMs: number; error: string | null; responseExcerpt: string | null; nextRetryAt: Date | null };

export type WebhookDeliveryRow = {
  id: string;
  messageId: string;
  type: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  createdAt: Date;
  lastAttemptAt: Date | null;
  lastStatusCode: number | null;
  nextAttemptAt: Date | null;
  payload: Record<string, unknown>;
  attemptLog: WebhookAttemptRow[];
};

/** webhooks:manage (owners, managers): an endpoint and its delivery log (newest first, each with its attempts; 30 days; the log on a read replica when there is one). */
export async function listWebhookDeliveries(caller: Caller, slug: string, input: unknown): Promise<{ endpoint: WebhookEndpointRow; deliveries: WebhookDeliveryRow[] }> {
  const { endpointId, limit } = parseInput(listWebhookDeliveriesSchema.extend(webhookEndpointIdSchema.shape), input);
  const db = await getDb();
  const { workspace } = await authorize(db, caller, slug, "webhooks:manage");
  const endpoint = await readWebhookEndpoint(db, workspace.id, endpointId);
  const { rows, attempts } = await readReplica(async (replica) => {
    const rows = await replica.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpoint.id)).orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id)).limit(limit);
    const attempts = rows.length
      ? await replica.select().from(webhookAttempts).where(inArray(webhookAttempts.deliveryId, rows.map((r) => r.id))).orderBy(asc(webhookAttempts.attemptedAt))
      : [];
    return { rows, attempts };
  });
  const deliveries = rows.map((r) => ({
    id: r.id,
    messageId: r.messageId,
    type: r.type,
    status: r.status,
    attempts: r.attempts,
    createdAt: r.createdAt,
    lastAttemptAt: r.lastAttemptAt,
    lastStatusCode: r.lastStatusCode,
    nextAttemptAt: r.nextAttemptAt,
    payload: r.payload,
    attemptLog: attempts.filter((a) => a.deliveryId === r.id).map(({ attemptedAt, statusCode, durationMs, error, responseExcerpt, nextRetryAt }) => ({ attemptedAt, statusCode, durationMs, error, responseExcerpt, nextRetryAt })),
  }));
  return { endpoint, deliveries };
}
