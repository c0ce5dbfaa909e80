import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir, getEnv } from "@/lib/env";
import { logger } from "@/lib/observability/logger";

/**
 * AUTH_SECRET, or one generated once and kept in the data folder (with a warning).
 * A production deployment on PostgreSQL must set it: a secret on local disk would differ between instances.
 */
export function getAuthSecret(): string {
  const env = getEnv();
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === "production" && env.DATABASE_URL) {
    throw new Error(
      "AUTH_SECRET is not set. Roster refuses to run in production on PostgreSQL without it: set AUTH_SECRET to a random value (e.g. `openssl rand -base64 33`).",
    );
  }
  const file = path.join(dataDir(), "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(33).toString("base64");
  writeFileSync(file, secret, { mode: 0o600 });
  logger().warn({ file }, "AUTH_SECRET is not set: generated one and stored it in the data folder. Set AUTH_SECRET in production.");
  return secret;
}
