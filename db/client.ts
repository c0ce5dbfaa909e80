import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { sql, type SQL } from "drizzle-orm";
import * as schema from "./schema";
import { getEnv } from "@/lib/env";

export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

type Handle = { db: Db; kind: "pglite" | "postgres"; close: () => Promise<void> };

const globalForDb = globalThis as unknown as { __rosterDb?: Promise<Handle>; __rosterQueryCount?: number };

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
  const counting = Boolean(getEnv().ROSTER_COUNT_QUERIES);
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
    max: Number(process.env.DB_POOL_SIZE || 10),
    onnotice: () => {},
    debug: counting ? () => countQuery() : undefined,
  });
  return { db: drizzle(client, { schema }), kind: "postgres", close: () => client.end() };
}

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
  const env = getEnv();
  return env.DATABASE_URL ? openPostgres(env.DATABASE_URL) : openPglite(env.PGLITE_DIR);
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

/** Runs raw SQL and returns its rows on both drivers (postgres.js returns an array, PGlite `{ rows }`). */
export async function executeRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

export { sql };
