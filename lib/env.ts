import { z } from "zod";

// Empty strings count as unset (Playwright's webServer.env can only pass "" for unset).
const optional = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : undefined));

const intWithDefault = (fallback: number) =>
  optional.transform((v, ctx) => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) {
      ctx.addIssue({ code: "custom", message: `must be a non-negative integer, got "${v}"` });
      return z.NEVER;
    }
    return n;
  });

const envSchema = z.object({
  NODE_ENV: optional,
  DATABASE_URL: optional,
  PGLITE_DIR: optional.transform((v) => v ?? "./.data/db"),
  AUTH_SECRET: optional,
  AUTH_URL: optional,
  AUTH_GITHUB_ID: optional,
  AUTH_GITHUB_SECRET: optional,
  RESEND_API_KEY: optional,
  MAIL_FROM: optional.transform((v) => v ?? "Roster <roster@localhost>"),
  REGIONS: optional.transform((v) => (v ?? "local").split(",").map((r) => r.trim()).filter(Boolean)),
  MAX_OWNED_WORKSPACES: intWithDefault(10),
  MAX_MEMBERS: intWithDefault(1000),
  MAX_TOKENS: intWithDefault(50),
  INVITE_TTL_DAYS: intWithDefault(7),
  API_RATE_LIMIT: intWithDefault(600),
  ROSTER_COUNT_QUERIES: optional,
  /** "false" for a pooler that cannot keep named prepared statements (PgBouncer in transaction mode before 1.21). */
  DB_PREPARE: optional.transform((v) => v !== "false"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${lines}`);
  }
  cached = parsed.data;
  return cached;
}

export function dataDir(): string {
  const env = getEnv();
  return env.PGLITE_DIR.replace(/\/?[^/]+\/?$/, "") || ".";
}
