import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type postgres from "postgres";
import { sql, type Placeholder, type Query, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import * as schema from "./schema";
import { getDbConfig } from "./config";
import { isLostConnection, isRetryableConflict, noteUnavailable, PoolTimeoutError, withDeadline } from "./faults";
import { instrumentStatements } from "./instrument-statements";

export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

/** A read replica: `db` routes its selects to the replica (drizzle's withReplicas), `raw` is the replica alone. */
export type Replica = { db: Db; raw: Db };

type Handle = { db: Db; kind: "pglite" | "postgres"; replicas: Replica[]; close: () => Promise<void> };

const globalForDb = globalThis as unknown as {
  __rosterDb?: Promise<Handle>;
  __rosterQueryCount?: number;
  __rosterCloseDb?: () => Promise<void>;
};

const MIGRATIONS = path.join(process.cwd(), "db", "migrations");

export function queryCount(): number {
  return globalForDb.__rosterQueryCount ?? 0;
}

function countQuery() {
  globalForDb.__rosterQueryCount = (globalForDb.__rosterQueryCount ?? 0) + 1;
}

async function openPostgres(url: string): Promise<Handle> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { withReplicas } = await import("drizzle-orm/pg-core");
  const config = getDbConfig();
  const counting = Boolean(config.ROSTER_COUNT_QUERIES);
  await migrate(postgres, config.DATABASE_MIGRATION_URL ?? url, config.DB_CONNECT_TIMEOUT_S);
  // Behind a transaction pooler (DB_PREPARE=false) the timeouts cannot ride in the startup message: they are set in
  // each transaction instead (guardTransactions).
  const timeouts = { statement_timeout: config.DB_STATEMENT_TIMEOUT_MS, lock_timeout: config.DB_LOCK_TIMEOUT_MS };
  const connect = (target: string, options: { max: number; connectTimeoutS: number }) => {
    const client = postgres(target, {
      max: options.max,
      // Off, every statement is unnamed, in transactions too (postgres.js names them by default): a transaction pooler
      // runs consecutive statements on different server connections, which do not have the name.
      prepare: config.DB_PREPARE,
      onnotice: () => {},
      debug: counting ? () => countQuery() : undefined,
      connect_timeout: options.connectTimeoutS,
      idle_timeout: config.DB_IDLE_TIMEOUT_S,
      max_lifetime: config.DB_MAX_LIFETIME_S,
      // postgres.js waits up to 20 s between attempts by default (3^n / 100 s): cap it at half a second, so a request
      // reaches the database within about a second of it accepting connections again.
      backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 0.5) * (0.5 + Math.random() / 2),
      // Sent in the startup message, so every connection (a reconnected one too) has them without a round trip.
      connection: { application_name: "roster", ...(config.DB_PREPARE ? timeouts : {}) },
    });
    // The longest a statement can legitimately take (opening its connection, then running to the statement timeout),
    // with a margin: past it the app stops waiting (a 503), whatever state the driver's connection is in.
    const deadlineMs = options.connectTimeoutS * 1000 + config.DB_STATEMENT_TIMEOUT_MS + 1000;
    resilientStatements(client, config.DB_PREPARE, deadlineMs);
    return { client, db: drizzle(client, { schema }), deadlineMs };
  };
  const primary = connect(url, { max: config.DB_POOL_SIZE, connectTimeoutS: config.DB_CONNECT_TIMEOUT_S });
  // A transaction reserves a connection: at most all but one at once, so statements outside transactions always have
  // one; the rest wait DB_POOL_TIMEOUT_MS at most, then fail as unavailable (503).
  const admit = admission(Math.max(1, config.DB_POOL_SIZE - 1), config.DB_POOL_TIMEOUT_MS);
  guardTransactions(primary.db, admit, primary.deadlineMs, config.DB_PREPARE ? undefined : timeouts);
  instrumentStatements(primary.client, () => ({ size: config.DB_POOL_SIZE, ...admit.usage() }));
  // A replica that does not answer within 2 s is skipped (the read goes to the primary), so its connect timeout is short.
  const replicas = config.DATABASE_REPLICA_URL.map((target) => {
    const replica = connect(target, { max: config.DB_POOL_SIZE, connectTimeoutS: Math.min(2, config.DB_CONNECT_TIMEOUT_S) });
    // drizzle's replica routing: selects go to this replica, anything else a read function sends to the primary.
    return { client: replica.client, db: withReplicas(primary.db, [replica.db]) as unknown as Db, raw: replica.db };
  });
  return {
    db: primary.db,
    kind: "postgres",
    replicas: replicas.map(({ db, raw }) => ({ db, raw })),
    close: async () => {
      await Promise.all([primary.client.end({ timeout: 5 }), ...replicas.map((r) => r.client.end({ timeout: 5 }))]);
    },
  };
}

/**
 * Applies the pending migrations, several instances starting at once included: drizzle's migration files and
 * bookkeeping table (drizzle.__drizzle_migrations, as drizzle-kit's migrator keeps it), all in one transaction that
 * first takes a transaction-scoped advisory lock. A session-level lock would not hold through a transaction pooler
 * (its statements may each run on another server connection, and an unlock on the wrong one leaves the lock held).
 */
async function migrate(openClient: (url: string, options: postgres.Options<Record<string, never>>) => postgres.Sql, url: string, connectTimeoutS: number): Promise<void> {
  const { readMigrationFiles } = await import("drizzle-orm/migrator");
  const migrations = readMigrationFiles({ migrationsFolder: MIGRATIONS });
  const migrator = openClient(url, { max: 1, onnotice: () => {}, connect_timeout: connectTimeoutS, prepare: false });
  try {
    await migrator.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(727001)`;
      await tx`create schema if not exists drizzle`;
      await tx`create table if not exists drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)`;
      const [last] = await tx<{ created_at: string }[]>`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`;
      for (const migration of migrations) {
        if (last && Number(last.created_at) >= migration.folderMillis) continue;
        for (const statement of migration.sql) if (statement.trim()) await tx.unsafe(statement);
        await tx`insert into drizzle.__drizzle_migrations (hash, created_at) values (${migration.hash}, ${migration.folderMillis})`;
      }
    });
  } finally {
    await migrator.end();
  }
}

/**
 * Two things about the statements sent outside transactions (drizzle sends each through `client.unsafe`):
 *
 * Named prepared statements (DB_PREPARE, the default). Drizzle sends every statement unnamed, so PostgreSQL parses and
 * plans it on every request (planning the page context costs more than running it). Parameterized statements become
 * named prepared statements instead, one per statement text and connection (a fixed set: the app builds its SQL from
 * code), which PostgreSQL plans once. Some stay unnamed (sentNamed).
 *
 * One retry of a read whose connection the server had closed (a restart, pg_terminate_backend, an idle connection
 * dropped by a proxy): sending a SELECT again on a fresh connection is safe, a write is not (it may have committed).
 *
 * A deadline on every statement (`deadlineMs`), reads and writes: a statement whose connection the driver lost track of
 * answers 503 instead of hanging its request.
 */
function resilientStatements(client: postgres.Sql, prepareNamed: boolean, deadlineMs: number) {
  const unsafe = client.unsafe.bind(client);
  client.unsafe = ((query: string, args?: postgres.ParameterOrJSON<never>[], options?: postgres.UnsafeQueryOptions) => {
    const opts = prepareNamed ? { ...options, prepare: sentNamed(query, args) } : options;
    const first = unsafe(query, args, opts);
    // `begin` (sent with onexecute by sql.begin) and writes go as they are.
    if ((options as { onexecute?: unknown } | undefined)?.onexecute) return first;
    return bounded(first, READ.test(query) ? () => unsafe(query, args, opts) : null, deadlineMs);
  }) as typeof client.unsafe;
}

/**
 * Whether a statement goes as a named prepared statement (with DB_PREPARE): one with parameters, except two kinds whose
 * best plan depends on a parameter's value. After five runs of a named statement PostgreSQL may keep one generic plan,
 * made without the values, for good:
 * - pattern searches (LIKE/ILIKE): a trigram index suits a rare substring, a walk of the workspace a common one;
 * - an OFFSET parameter (pages after the first): not knowing how far in the page starts, the generic plan sorts every
 *   match. Measured on the benchmark's 10,000-member workspace, page 2 of its members took 0.7-1 ms planned for its
 *   values and 14-15 ms on the generic plan. A first page is sent without OFFSET, so it stays named.
 */
export function sentNamed(query: string, args: readonly unknown[] | undefined): boolean {
  return Array.isArray(args) && args.length > 0 && !PATTERN_MATCH.test(query) && !OFFSET_PARAMETER.test(query);
}

const PATTERN_MATCH = /\bi?like\b/i;
const OFFSET_PARAMETER = /\boffset\s+\$\d/i;
const READ = /^\s*select\b/i;

type Pending = ReturnType<postgres.Sql["unsafe"]>;

/**
 * The statement as drizzle uses it (`.values()`, then awaited), within the deadline; a read (`again` given) is sent once
 * more if its connection was lost.
 */
function bounded(first: Pending, again: (() => Pending) | null, deadlineMs: number): Pending {
  let values = false;
  let result: Promise<unknown> | undefined;
  const run = () =>
    (result ??= withDeadline(
      Promise.resolve(first).catch((error: unknown) => {
        if (!again || !isLostConnection(error)) throw error;
        const retry = again();
        return values ? retry.values() : retry;
      }),
      deadlineMs,
    ).catch((error: unknown) => {
      noteUnavailable(error);
      throw error;
    }));
  const statement = {
    values() {
      values = true;
      first.values();
      return statement;
    },
    then(onFulfilled?: (v: unknown) => unknown, onRejected?: (e: unknown) => unknown) {
      return run().then(onFulfilled, onRejected);
    },
    catch(onRejected?: (e: unknown) => unknown) {
      return run().catch(onRejected);
    },
    finally(onFinally?: () => void) {
      return run().finally(onFinally);
    },
  };
  return statement as unknown as Pending;
}

type Admit = <T>(fn: () => Promise<T>) => Promise<T>;

/** A counting semaphore whose waiters give up after `timeoutMs` with a PoolTimeoutError; `usage` is read by the metrics. */
function admission(limit: number, timeoutMs: number): Admit & { usage: () => { active: number; waiting: number } } {
  let active = 0;
  const waiting: (() => void)[] = [];
  const admit: Admit = async (fn) => {
    if (active < limit) active++;
    else {
      await new Promise<void>((resolve, reject) => {
        const grant = () => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(grant), 1);
          reject(new PoolTimeoutError(timeoutMs));
        }, timeoutMs);
        waiting.push(grant);
      });
    }
    try {
      return await fn();
    } finally {
      // Hand the slot straight to the next waiter, or free it.
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
  return Object.assign(admit, { usage: () => ({ active, waiting: waiting.length }) });
}

const CONFLICT_ATTEMPTS = 3;

type TxFn = Parameters<Db["transaction"]>[0];

/**
 * Every `db.transaction` of the app goes through here: a serialization failure or deadlock (PostgreSQL rolled the
 * transaction back) runs it again, up to CONFLICT_ATTEMPTS times with a random pause; any other failure, a lost
 * connection included (PostgreSQL rolls back a transaction whose connection dies), is thrown as it is. Each attempt
 * has a deadline (`deadlineMs`, on PostgreSQL): one the driver never settles answers 503 rather than hanging.
 * `timeouts` (behind a transaction pooler) are set with SET LOCAL at the start of each transaction.
 */
function guardTransactions(db: Db, admit: Admit, deadlineMs?: number, timeouts?: { statement_timeout: number; lock_timeout: number }) {
  const transaction = db.transaction.bind(db);
  // Behind a transaction pooler, the connection's timeouts for this transaction only (SET LOCAL), in its first statement.
  const withTimeouts = (fn: TxFn): TxFn =>
    timeouts
      ? async (tx) => {
          await tx.execute(
            sql`select set_config('statement_timeout', ${String(timeouts.statement_timeout)}, true), set_config('lock_timeout', ${String(timeouts.lock_timeout)}, true)`,
          );
          return fn(tx);
        }
      : fn;
  db.transaction = ((fn, config) =>
    admit(async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          const run = transaction(withTimeouts(fn), config);
          return await (deadlineMs ? withDeadline(run, deadlineMs) : run);
        } catch (error) {
          if (attempt >= CONFLICT_ATTEMPTS || !isRetryableConflict(error)) {
            noteUnavailable(error);
            throw error;
          }
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
        }
      }
    })) as Db["transaction"];
}

async function openPglite(dir: string): Promise<Handle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  mkdirSync(path.dirname(path.resolve(dir)), { recursive: true });
  const client = await PGlite.create(dir);
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: MIGRATIONS });
  guardTransactions(db as unknown as Db, (fn) => fn());
  return { db: db as unknown as Db, kind: "pglite", replicas: [], close: () => client.close() };
}

function open(): Promise<Handle> {
  const config = getDbConfig();
  return config.DATABASE_URL ? openPostgres(config.DATABASE_URL) : openPglite(config.PGLITE_DIR);
}

/** The process-wide database handle: opened (and migrated) once per process. */
export async function getDbHandle(): Promise<Handle> {
  if (!globalForDb.__rosterDb) {
    globalForDb.__rosterDb = open().catch((error) => {
      noteUnavailable(error);
      globalForDb.__rosterDb = undefined;
      throw error;
    });
  }
  return globalForDb.__rosterDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

export async function closeDb(): Promise<void> {
  const handle = globalForDb.__rosterDb;
  globalForDb.__rosterDb = undefined;
  if (handle) await (await handle).close();
}

// The production server (lib/server/serve.mjs, plain JS outside the bundle) closes the pool through this on shutdown.
globalForDb.__rosterCloseDb = closeDb;

/** Runs raw SQL and returns its rows on both drivers (postgres.js returns an array, PGlite `{ rows }`). */
export async function executeRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  return rowsOf<T>(await db.execute(query));
}

function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/**
 * Raw SQL whose text is built once, for a statement every page runs: drizzle builds a statement's text from its
 * fragments on every `execute`, which for the page context's nested CTEs and subqueries cost about a tenth of a
 * millisecond a request. `build` gets one placeholder per name in `params`; a run fills them and returns the rows.
 * The same text as `executeRows` would send, so PostgreSQL still plans it once per connection (named statements).
 */
export function preparedRows<T, P extends string>(params: readonly P[], build: (placeholders: Record<P, Placeholder<P>>) => SQL) {
  let query: Query | undefined;
  return async (db: DbOrTx, values: Record<P, unknown>): Promise<T[]> => {
    query ??= new PgDialect().sqlToQuery(build(Object.fromEntries(params.map((name) => [name, sql.placeholder(name)])) as Record<P, Placeholder<P>>));
    return rowsOf<T>(await readerOf(db)._.session.prepareQuery(query, undefined, undefined, false).execute(values));
  };
}

/**
 * Where a statement of rows runs: a read replica's handle (db/replicas.ts, drizzle's withReplicas) sends its selects to
 * the replica but shares the primary's session, so a prepared statement has to pick the replica itself, as select() does.
 */
function readerOf(db: DbOrTx): DbOrTx {
  const replicas = (db as { $replicas?: DbOrTx[] }).$replicas;
  return replicas?.length ? replicas[Math.floor(Math.random() * replicas.length)] : db;
}

export { sql };
