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
  PGLITE_DIR: optional.transform((v) => v ?? "./.data/db"),
  DB_POOL_SIZE: intWithDefault(10),
  /** "false" for a pooler that cannot keep named prepared statements (PgBouncer in transaction mode before 1.21). */
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
