import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { executeRows, getDb, sql } from "@/db/client";
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { SYSTEM_ACTOR } from "@/lib/domains/recheck-domain";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { guardedFetch } from "@/lib/net/guarded-fetch";
import { notifyWebhookDisabled, ownersToNotify } from "./notify-webhook-disabled";
import { TEST_EVENT_TYPE } from "./schemas";
import { signWebhook } from "./sign-webhook";
import { enqueueDeliveryJobs, type DeliveryJob } from "./webhook-queue";
import { openWebhookSecret } from "./webhook-secret";

const TIMEOUT_MS = 10_000;
const MAX_RESPONSE_BYTES = 64 * 1024;
const EXCERPT_CHARS = 1024;
const DAY_MS = 24 * 60 * 60 * 1000;

export type AttemptOutcome = "succeeded" | "retrying" | "failed" | "disabled" | "skipped";

/** Why a request got no answer, in words for the delivery log. */
function describeError(error: unknown): string {
  if (error instanceof AppError) return error.message;
  if (error instanceof Error && error.name === "TimeoutError") return `No answer within ${TIMEOUT_MS / 1000} s.`;
  if (error instanceof Error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ? `${error.message} (${cause.code})` : error.message;
  }
  return String(error);
}

/** The pause before attempt `next` (2, 3, …): WEBHOOK_RETRY_SCHEDULE's entry with up to 10% jitter; null after the last. */
export function retryDelayMs(next: number, schedule = getEnv().WEBHOOK_RETRY_SCHEDULE): number | null {
  const seconds = schedule[next - 2];
  return seconds === undefined ? null : seconds * 1000 * (1 + Math.random() * 0.1);
}

/**
 * Internal (the pg-boss worker): one attempt of a delivery, signed with the endpoint's secret(s), through the SSRF
 * guard (no redirects, 10 s, 64 KiB of reply). 2xx succeeds; 410 disables the endpoint; anything else schedules the next
 * attempt (WEBHOOK_RETRY_SCHEDULE) in the same transaction that logs this one, and an endpoint failing for
 * WEBHOOK_DISABLE_AFTER_DAYS is disabled and its owners emailed. A job for an attempt already made (a resend raced a
 * retry, a worker died after logging it) is skipped.
 */
export async function deliverWebhook(job: DeliveryJob): Promise<AttemptOutcome> {
  const db = await getDb();
  const env = getEnv();
  const [row] = await db
    .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(eq(webhookDeliveries.id, job.deliveryId));
  if (!row || row.delivery.attempts >= job.attempt) return "skipped";
  const { delivery, endpoint } = row;
  if (endpoint.disabledAt && delivery.type !== TEST_EVENT_TYPE) {
    await db.update(webhookDeliveries).set({ status: "failed", nextAttemptAt: null }).where(eq(webhookDeliveries.id, delivery.id));
    return "skipped";
  }

  const at = new Date();
  const body = JSON.stringify(delivery.payload);
  const secrets = [openWebhookSecret(endpoint.secret)];
  if (endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > at) secrets.push(openWebhookSecret(endpoint.previousSecret));
  const started = performance.now();
  let statusCode: number | null = null;
  let error: string | null = null;
  let excerpt: string | null = null;
  try {
    const response = await guardedFetch(endpoint.url, {
      allowPrivate: env.WEBHOOKS_ALLOW_PRIVATE,
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "Roster-Webhooks/1", ...signWebhook(secrets, delivery.messageId, at, body) },
      body,
      timeoutMs: TIMEOUT_MS,
      maxBytes: MAX_RESPONSE_BYTES,
      truncate: true,
    });
    statusCode = response.status;
    excerpt = (await response.text()).slice(0, EXCERPT_CHARS) || null;
  } catch (e) {
    error = describeError(e);
  }
  const durationMs = Math.round(performance.now() - started);
  const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
  const gone = statusCode === 410;
  const delay = ok || gone ? null : retryDelayMs(job.attempt + 1);
  const nextAttemptAt = delay === null ? null : new Date(at.getTime() + delay);

  if (ok) {
    // The common case in one statement (no transaction): the delivery marked delivered, this attempt logged.
    const logged = await executeRows<{ id: string }>(
      db,
      sql`with delivered as (
          update webhook_deliveries set status = 'succeeded', attempts = ${job.attempt}, last_attempt_at = ${at.toISOString()}::timestamptz,
            last_status_code = ${statusCode}, next_attempt_at = null
          where id = ${delivery.id} and attempts = ${job.attempt - 1} returning id)
        insert into webhook_attempts (delivery_id, attempted_at, duration_ms, status_code, response_excerpt)
        select id, ${at.toISOString()}::timestamptz, ${durationMs}, ${statusCode}, ${excerpt} from delivered returning id`,
    );
    if (!logged.length) return "skipped";
    if (endpoint.failingSince) await db.update(webhookEndpoints).set({ failingSince: null }).where(eq(webhookEndpoints.id, endpoint.id));
    return "succeeded";
  }

  const result = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(webhookDeliveries)
      .set({ status: nextAttemptAt ? "pending" : "failed", attempts: job.attempt, lastAttemptAt: at, lastStatusCode: statusCode, nextAttemptAt })
      .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.attempts, job.attempt - 1)))
      .returning({ id: webhookDeliveries.id });
    if (!updated) return { outcome: "skipped" as const, disabled: null };
    await tx.insert(webhookAttempts).values({ deliveryId: delivery.id, attemptedAt: at, durationMs, statusCode, error, responseExcerpt: excerpt, nextRetryAt: nextAttemptAt });
    if (nextAttemptAt) await enqueueDeliveryJobs(tx, [{ deliveryId: delivery.id, endpointId: endpoint.id, attempt: job.attempt + 1, startAfter: nextAttemptAt }]);
    const [state] = await tx
      .update(webhookEndpoints)
      .set({ failingSince: sql`coalesce(${webhookEndpoints.failingSince}, ${at.toISOString()}::timestamptz)` })
      .where(eq(webhookEndpoints.id, endpoint.id))
      .returning({ failingSince: webhookEndpoints.failingSince, disabledAt: webhookEndpoints.disabledAt });
    const failingTooLong = state?.failingSince && at.getTime() - state.failingSince.getTime() >= env.WEBHOOK_DISABLE_AFTER_DAYS * DAY_MS;
    if (state && !state.disabledAt && (gone || failingTooLong)) {
      const reason = gone ? "The endpoint answered 410 Gone." : `Every delivery failed for ${env.WEBHOOK_DISABLE_AFTER_DAYS} days.`;
      const [disabled] = await tx
        .update(webhookEndpoints)
        .set({ disabledAt: at, disabledReason: reason, updatedAt: at })
        .where(and(eq(webhookEndpoints.id, endpoint.id), isNull(webhookEndpoints.disabledAt)))
        .returning({ id: webhookEndpoints.id });
      if (disabled) {
        await recordActivity(tx, {
          workspaceId: endpoint.workspaceId,
          actor: SYSTEM_ACTOR,
          action: "webhook.endpoint_disabled",
          target: { type: "webhook_endpoint", id: endpoint.id, label: endpoint.url },
          metadata: { reason: gone ? "gone" : "failing", statusCode },
        });
        return { outcome: "disabled" as const, disabled: await ownersToNotify(tx, endpoint.workspaceId, endpoint.url, reason) };
      }
    }
    return { outcome: nextAttemptAt ? ("retrying" as const) : ("failed" as const), disabled: null };
  });
  if (result.disabled) await notifyWebhookDisabled(result.disabled);
  return result.outcome;
}
