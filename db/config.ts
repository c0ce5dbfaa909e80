import { z } from "zod";

// Empty strings count as unset (Playwright's webServer.env can only pass "" for unset).
export const optional = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : undefined));

export const intWithDefault = (fallback: number) =>
  optional.transform((v, ctx) => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) {
      ctx.addIssue({ code: "custom", message: `must be a non-negative integer, got "${v}"` });
      return z.NEVER;
    }
    return n;
  });

/** The database's part of the configuration (lib/env.ts extends it with the app's): the one place db/ reads the environment. */
export const dbEnvShape = {
  DATABASE_URL: optional,
  /**
   * Where migrations run at start-up, when not DATABASE_URL: a direct connection to the primary (not through a pooler),
   * or a role allowed to change the schema. The migration lock is transaction-scoped, so either way works.
   */
  DATABASE_MIGRATION_URL: optional,
  /**
   * Read replicas (streaming standbys), comma-separated: the large reads (members, activity, the switcher, API lists) go
   * to one of them, everything else to DATABASE_URL. A person who just wrote reads from the primary until the replica
   * has replayed their write; a replica that is down or behind is skipped.
   */
  DATABASE_REPLICA_URL: optional.transform((v) => (v ? v.split(",").map((u) => u.trim()).filter(Boolean) : [])),
  PGLITE_DIR: optional.transform((v) => v ?? "./.data/db"),
  DB_POOL_SIZE: intWithDefault(10),
  /**
   * "false" behind a transaction pooler (PgBouncer pool_mode = transaction): no named prepared statements, and the
   * statement and lock timeouts are set with SET LOCAL in each transaction instead of in the connection's startup
   * message, which PgBouncer refuses ("unsupported startup parameter"). Statements outside transactions then run under
   * the server's defaults: set them there too (ALTER ROLE ... SET statement_timeout = '15s').
   */
  DB_PREPARE: optional.transform((v) => v !== "false"),
  ROSTER_COUNT_QUERIES: optional,
  /** Seconds a new connection may take to open before the request is answered 503. */
  DB_CONNECT_TIMEOUT_S: intWithDefault(5),
  /** PostgreSQL's statement_timeout on every connection: no statement runs longer. */
  DB_STATEMENT_TIMEOUT_MS: intWithDefault(15_000),
  /** PostgreSQL's lock_timeout on every connection: a write waits at most this long for a row or table lock. */
  DB_LOCK_TIMEOUT_MS: intWithDefault(5_000),
  /** How long a transaction waits for a free connection when every one is in a transaction, before a 503. */
  DB_POOL_TIMEOUT_MS: intWithDefault(3_000),
  /** Seconds an unused connection stays open. */
  DB_IDLE_TIMEOUT_S: intWithDefault(60),
  /** Seconds a connection lives at most (then it is replaced when idle), so failovers and config changes reach every connection. */
  DB_MAX_LIFETIME_S: intWithDefault(30 * 60),
};

export type DbConfig = z.infer<z.ZodObject<typeof dbEnvShape>>;

/** Parses an environment against a schema, or throws one message listing every bad variable. */
export function parseEnvironment<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv = process.env): z.output<T> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${lines}`);
  }
  return parsed.data;
}

let cached: DbConfig | undefined;

export function getDbConfig(): DbConfig {
  return (cached ??= parseEnvironment(z.object(dbEnvShape)));
}
