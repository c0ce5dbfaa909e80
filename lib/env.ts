import { z } from "zod";
import { dbEnvShape, intWithDefault, optional, parseEnvironment } from "@/db/config";

/** Every setting Roster reads, validated once: the database's (db/config.ts) and the app's. */
const envSchema = z.object({
  ...dbEnvShape,
  NODE_ENV: optional,
  PORT: intWithDefault(3000),
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
  LOG_LEVEL: optional.pipe(z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info")),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  return (cached ??= parseEnvironment(envSchema));
}

export function dataDir(): string {
  const env = getEnv();
  return env.PGLITE_DIR.replace(/\/?[^/]+\/?$/, "") || ".";
}
