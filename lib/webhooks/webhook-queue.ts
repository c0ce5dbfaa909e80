import "server-only";
import { fromDrizzle, fromPglite, PgBoss, type Db as IDatabase, type JobInsert } from "pg-boss";
import type postgres from "postgres";
import { getDbHandle, sql, type DbOrTx } from "@/db/client";
import { orderedJobId } from "./ordered-job-id";

/** The pg-boss queue of webhook deliveries: one job per attempt, FIFO per endpoint (its singletonKey). */
export const WEBHOOK_QUEUE = "webhook-delivery";

export type DeliveryJob = { deliveryId: string; attempt: number };

/**
 * pg-boss's database through the app's own connection: postgres.js (statements with parameters as they are;
 * pg-boss's parameterless BEGIN;…;COMMIT blocks on one reserved connection, as postgres.js allows multi-statement
 * text only there) or the PGlite instance itself.
 */
function postgresJsDatabase(client: postgres.Sql): IDatabase {
  return {
    async executeSql(text, values) {
      // postgres.js sends untyped parameters as text: a Date as its ISO string.
      if (values?.length) return { rows: [...(await client.unsafe(text, values.map((v) => (v instanceof Date ? v.toISOString() : v)) as never[]))] };
      const connection = await client.reserve();
      try {
        const results = (await connection.unsafe(text).simple()) as unknown as unknown[];
        // One statement: its rows; several: one list of rows per statement, flattened.
        return { rows: results.some(Array.isArray) ? results.flatMap((r) => (Array.isArray(r) ? [...r] : [])) : [...results] };
      } catch (error) {
        // A failed statement inside the block's BEGIN leaves the transaction open and aborted: end it, or the next
        // user of this pooled connection gets "current transaction is aborted".
        await connection.unsafe("rollback").catch(() => {});
        throw error;
      } finally {
        connection.release();
      }
    },
  };
}

/** A new pg-boss instance on the app's database (not started); `supervise` runs its maintenance (expiring stuck jobs). */
export async function createWebhookBoss(options: { supervise?: boolean } = {}): Promise<PgBoss> {
  const handle = await getDbHandle();
  const client = (handle.db as unknown as { $client: unknown }).$client;
  const db = handle.kind === "pglite" ? fromPglite(client as Parameters<typeof fromPglite>[0]) : postgresJsDatabase(client as postgres.Sql);
  const boss = new PgBoss({
    db,
    ...(handle.kind === "pglite" ? { backend: "pglite" as const } : {}),
    schedule: false,
    supervise: options.supervise ?? true,
    // The queue stats and warnings are for pg-boss's dashboard, which Roster does not run.
    persistQueueStats: false,
    persistWarnings: false,
  });
  boss.on("error", (error) => console.error("pg-boss:", error));
  await boss.start();
  await boss.createQueue(WEBHOOK_QUEUE, {
    policy: "key_strict_fifo",
    // Retries here are only for a worker that died mid-attempt (its job expires); failed HTTP attempts are rescheduled
    // by deliverWebhook on WEBHOOK_RETRY_SCHEDULE.
    retryLimit: 10,
    retryDelay: 30,
    expireInSeconds: 120,
  });
  return boss;
}

const globalForBoss = globalThis as unknown as { __rosterWebhookBoss?: Promise<PgBoss> };

/** The process's pg-boss instance, started once (lib/startup.ts starts it early; the first enqueue otherwise). */
export function webhookBoss(): Promise<PgBoss> {
  globalForBoss.__rosterWebhookBoss ??= createWebhookBoss().catch((error: unknown) => {
    globalForBoss.__rosterWebhookBoss = undefined;
    throw error;
  });
  return globalForBoss.__rosterWebhookBoss;
}

export async function stopWebhookBoss(): Promise<void> {
  const boss = globalForBoss.__rosterWebhookBoss;
  globalForBoss.__rosterWebhookBoss = undefined;
  if (boss) await (await boss).stop({ graceful: true, timeout: 5000 });
}

/** Enqueues delivery attempts through `db` (a transaction: they commit, or roll back, with it). */
export async function enqueueDeliveryJobs(
  db: DbOrTx,
  jobs: { deliveryId: string; endpointId: string; attempt: number; startAfter?: Date }[],
): Promise<void> {
  if (!jobs.length) return;
  const boss = await webhookBoss();
  const inserts: JobInsert<DeliveryJob>[] = jobs.map((j) => ({
    id: orderedJobId(),
    data: { deliveryId: j.deliveryId, attempt: j.attempt },
    singletonKey: j.endpointId,
    ...(j.startAfter ? { startAfter: j.startAfter } : {}),
  }));
  await boss.insert(WEBHOOK_QUEUE, inserts, { db: fromDrizzle(db as Parameters<typeof fromDrizzle>[0], sql) });
}
