import { createHash, randomBytes } from "node:crypto";

/** A URL-safe secret with a readable prefix: `prefix_` + 32 random bytes (256 bits) in base64url. */
export function createSecretToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString("base64url")}`;
}

/** Secrets are stored only as this SHA-256 hex digest. */
export function hashSecret(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Whether `token` has the shape createSecretToken(prefix) produces (checked before any database lookup). */
export function isSecretTokenShape(token: unknown, prefix: string): token is string {
  return typeof token === "string" && new RegExp(`^${prefix}_[A-Za-z0-9_-]{43}$`).test(token);
}
