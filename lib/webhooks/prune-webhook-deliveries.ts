import "server-only";
import { lt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { webhookDeliveries } from "@/db/schema";
import { WEBHOOK_LOG_DAYS } from "./schemas";

/** Internal (the hourly sweep): deletes deliveries (and their attempts) older than WEBHOOK_LOG_DAYS. */
export async function pruneWebhookDeliveries(now = new Date()): Promise<number> {
  const db = await getDb();
  const cutoff = new Date(now.getTime() - WEBHOOK_LOG_DAYS * 24 * 60 * 60 * 1000);
  const deleted = await db.delete(webhookDeliveries).where(lt(webhookDeliveries.createdAt, cutoff)).returning({ id: webhookDeliveries.id });
  return deleted.length;
}
