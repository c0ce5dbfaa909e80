import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type postgres from "postgres";
import { sql, type SQL } from "drizzle-orm";
import * as schema from "./schema";
import { getDbConfig } from "./config";

export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

type Handle = { db: Db; kind: "pglite" | "postgres"; close: () => Promise<void> };

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
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const config = getDbConfig();
  const counting = Boolean(config.ROSTER_COUNT_QUERIES);
  // Migrate on one connection under an advisory lock, so several instances can start at once.
  const migrator = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrator`select pg_advisory_lock(727001)`;
    await migrate(drizzle(migrator), { migrationsFolder: MIGRATIONS });
    await migrator`select pg_advisory_unlock(727001)`;
  } finally {
    await migrator.end();
  }
  const client = postgres(url, {
    max: config.DB_POOL_SIZE,
    onnotice: () => {},
    debug: counting ? () => countQuery() : undefined,
  });
  if (config.DB_PREPARE) preparePlannedStatements(client);
  return { db: drizzle(client, { schema }), kind: "postgres", close: () => client.end() };
}

/**
 * Drizzle sends every statement unnamed, so PostgreSQL parses and plans it on every request (planning the page
 * context costs more than running it). Parameterized statements become named prepared statements instead, one per
 * statement text and connection (a fixed set: the app builds its SQL from code), which PostgreSQL plans once.
 * Pattern searches (LIKE/ILIKE) stay unnamed: their best plan depends on the pattern (a trigram index for a rare
 * substring, a walk of the workspace for a common one), and a plan cached for one pattern can be slow for another.
 */
function preparePlannedStatements(client: postgres.Sql) {
  const unsafe = client.unsafe.bind(client);
  client.unsafe = ((query: string, args?: postgres.ParameterOrJSON<never>[], options?: postgres.UnsafeQueryOptions) =>
    unsafe(query, args, { ...options, prepare: Array.isArray(args) && args.length > 0 && !PATTERN_MATCH.test(query) })) as typeof client.unsafe;
}

const PATTERN_MATCH = /\bi?like\b/i;

async function openPglite(dir: string): Promise<Handle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  mkdirSync(path.dirname(path.resolve(dir)), { recursive: true });
  const client = await PGlite.create(dir);
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: MIGRATIONS });
  return { db: db as unknown as Db, kind: "pglite", close: () => client.close() };
}

function open(): Promise<Handle> {
  const config = getDbConfig();
  return config.DATABASE_URL ? openPostgres(config.DATABASE_URL) : openPglite(config.PGLITE_DIR);
}

/** The process-wide database handle: opened (and migrated) once per process. */
export async function getDbHandle(): Promise<Handle> {
  if (!globalForDb.__rosterDb) {
    globalForDb.__rosterDb = open().catch((error) => {
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
  const result = (await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

export { sql };
