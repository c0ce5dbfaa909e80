import "server-only";
import { WEBHOOK_QUEUE, webhookBoss } from "./webhook-queue";

/**
 * The webhook delivery jobs waiting in pg-boss's queue, by state (for the `roster_webhook_queue_jobs` gauge): queued
 * (ready to send), deferred (a retry's later attempt) and active (being sent). pg-boss counts them at most once a
 * minute (`force` reuses a count under a minute old), so scrapes cost the job table little.
 */
export async function webhookQueueDepth(): Promise<Record<string, number>> {
  // With persistQueueStats off (lib/webhooks/webhook-queue.ts), one snapshot: now.
  const [stats] = await (await webhookBoss()).getQueueStats(WEBHOOK_QUEUE, { force: true });
  return { queued: stats?.queuedCount ?? 0, deferred: stats?.deferredCount ?? 0, active: stats?.activeCount ?? 0 };
}
