import "server-only";
import type { PgBoss } from "pg-boss";
import { logger } from "@/lib/observability/logger";
import { deliverWebhook } from "./deliver-webhook";
import { createWebhookBoss, WEBHOOK_QUEUE, webhookBoss, type DeliveryJob } from "./webhook-queue";

/**
 * Delivers webhooks from this process: `workers` attempts at once (pg-boss hands each job to one worker of one
 * process at a time, so several instances share the work). `boss`: the process's instance unless given (tests start
 * several). Returns the pg-boss instance.
 */
export async function startWebhookWorkers(workers: number, options: { boss?: PgBoss; pollingIntervalSeconds?: number } = {}): Promise<PgBoss> {
  const boss = options.boss ?? (await webhookBoss());
  for (let i = 0; i < workers; i++) {
    let workerId = "";
    workerId = await boss.work<DeliveryJob>(WEBHOOK_QUEUE, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 }, async ([job]) => {
      const outcome = await deliverWebhook(job.data);
      logger().debug({ deliveryId: job.data.deliveryId, attempt: job.data.attempt, outcome }, "webhook attempt");
      // A worker that found a job fetches the next at once instead of waiting out its polling interval, so a backlog
      // (an endpoint's queue is one job at a time) drains at the receiver's pace; an idle worker polls.
      boss.notifyWorker(workerId);
    });
  }
  return boss;
}

export { createWebhookBoss };
