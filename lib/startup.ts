import { getDbHandle } from "@/db/client";
import { getDbConfig } from "@/db/config";
import { getAuthSecret } from "@/lib/sign-in/auth-secret";
import { getEnv } from "./env";
import { logger } from "@/lib/observability/logger";
import { pruneActivity } from "@/lib/activity/prune-activity";
import { recheckVerifiedDomains } from "@/lib/domains/recheck-verified-domains";
import { recordEndedMemberships } from "@/lib/members/record-ended-memberships";
import { purgeDeletedWorkspaces } from "@/lib/workspaces/purge-deleted-workspaces";
import { pruneWebhookDeliveries } from "@/lib/webhooks/prune-webhook-deliveries";
import { startWebhookWorkers } from "@/lib/webhooks/start-webhook-workers";
import { webhookQueueDepth } from "@/lib/webhooks/webhook-queue-depth";
import { serverMetrics } from "@/lib/observability/server-metrics";

const HOUR_MS = 60 * 60 * 1000;
const ENDED_MEMBERSHIPS_SWEEP_MS = 5 * 60 * 1000;

/** What the production server's ready lines say (lib/server/serve.mjs reads it through globalThis). */
type StartupInfo = { database: string; mail: string };

/** Validates configuration and opens (and migrates) the database; exits the process with a clear message on failure. */
export async function startup(): Promise<void> {
  try {
    const env = getEnv();
    getAuthSecret();
    const handle = await getDbHandle();
    const info: StartupInfo = {
      database: describeDatabase(handle.kind),
      mail: env.RESEND_API_KEY ? `sent through Resend as ${env.MAIL_FROM}` : "mailbox",
    };
    (globalThis as { __rosterStartupInfo?: StartupInfo }).__rosterStartupInfo = info;
    logger().info({ db: handle.kind, database: info.database }, "database ready");
    scheduleDomainRechecks();
    schedulePurges();
    scheduleEndedMembershipSweep();
    if (env.ACTIVITY_RETENTION_DAYS !== undefined) scheduleActivityPrune(env.ACTIVITY_RETENTION_DAYS);
    startWebhookDelivery(env.WEBHOOK_WORKERS);
  } catch (error) {
    logger().fatal({ err: error }, `cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

/**
 * The daily re-check of DNS-verified domains, until a job queue runs it: every hour each server process re-checks the
 * domains last checked over a day ago (several processes at once skip what another just checked). Never keeps the
 * process alive, never fails it.
 */
function scheduleDomainRechecks(): void {
  const run = () =>
    recheckVerifiedDomains().then(
      (counts) => {
        if (counts.lost || counts.failed) logger().info({ counts }, "re-checked verified domains");
      },
      (error: unknown) => logger().error({ err: error }, "could not re-check verified domains"),
    );
  setInterval(run, HOUR_MS).unref();
}

/**
 * The purge sweep of workspaces whose restore period ended: at start and every hour, in each server process (one
 * DELETE ... RETURNING, so processes sweeping at once never purge or record one twice). Never keeps the process alive,
 * never fails it.
 */
function schedulePurges(): void {
  const run = () =>
    purgeDeletedWorkspaces().then(
      ({ purged }) => {
        if (purged.length) logger().info({ purged }, "purged deleted workspaces");
      },
      (error: unknown) => logger().error({ err: error }, "could not purge deleted workspaces"),
    );
  void run();
  setInterval(run, HOUR_MS).unref();
}

/**
 * Every 5 minutes each server process records the memberships whose end date passed (the activity event, the emails);
 * access itself ends on the date, on every request, whether or not this ran. Never keeps the process alive, never fails it.
 */
function scheduleEndedMembershipSweep(): void {
  const run = () =>
    recordEndedMemberships().then(
      (count) => {
        if (count) logger().info({ count }, "recorded ended memberships");
      },
      (error: unknown) => logger().error({ err: error }, "could not record ended memberships"),
    );
  setInterval(run, ENDED_MEMBERSHIPS_SWEEP_MS).unref();
}

/**
 * With ACTIVITY_RETENTION_DAYS set, at start and every hour each server process deletes the activity older than that,
 * moving each chain's anchor (several processes at once: the chain head's row lock serializes them, and the second
 * finds nothing left). Never keeps the process alive, never fails it.
 */
function scheduleActivityPrune(days: number): void {
  const run = () =>
    pruneActivity(days).then(
      ({ pruned }) => {
        if (pruned) logger().info({ pruned, days }, "pruned activity past its retention");
      },
      (error: unknown) => logger().error({ err: error }, "could not prune activity"),
    );
  void run();
  setInterval(run, HOUR_MS).unref();
}

/**
 * pg-boss (its schema installed or migrated on first start) and this process's WEBHOOK_WORKERS delivery workers, in
 * the background: requests that enqueue wait for it, nothing else does. Also the hourly prune of the delivery log.
 */
function startWebhookDelivery(workers: number): void {
  startWebhookWorkers(workers).then(
    () => {
      logger().info({ workers }, workers ? "webhook delivery started" : "webhook delivery off in this process (WEBHOOK_WORKERS=0)");
      serverMetrics()?.source("webhookQueue", webhookQueueDepth);
    },
    (error: unknown) => logger().error({ err: error }, "could not start webhook delivery"),
  );
  const prune = () =>
    pruneWebhookDeliveries().then(
      (count) => {
        if (count) logger().info({ count }, "pruned the webhook delivery log");
      },
      (error: unknown) => logger().error({ err: error }, "could not prune the webhook delivery log"),
    );
  setInterval(prune, HOUR_MS).unref();
}

/** The database in words, without its password: "PostgreSQL at host:port/name" or the embedded folder. */
export function describeDatabase(kind: "pglite" | "postgres"): string {
  const config = getDbConfig();
  if (kind === "pglite") return `embedded PGlite in ${config.PGLITE_DIR} (set DATABASE_URL to use PostgreSQL)`;
  try {
    const url = new URL(config.DATABASE_URL ?? "");
    return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ""}${url.pathname}`;
  } catch {
    return "PostgreSQL";
  }
}
