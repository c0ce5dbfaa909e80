import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { getEnv } from "@/lib/env";
import { getAuthSecret } from "@/lib/sign-in/auth-secret";

/**
 * Secrets Roster must read back (an OIDC client secret, a SAML signing key) are sealed with AES-256-GCM under a key
 * derived by HKDF-SHA256 from ENCRYPTION_KEY, or AUTH_SECRET when it is unset. A sealed value is
 * `v1.<iv>.<tag>.<ciphertext>` (base64url); `purpose` is bound in as associated data, so a value sealed for one column
 * does not open as another.
 */
const VERSION = "v1";

function key(): Buffer {
  const material = getEnv().ENCRYPTION_KEY || getAuthSecret();
  return Buffer.from(hkdfSync("sha256", material, "roster-secret-box", "roster:aes-256-gcm:v1", 32));
}

export function sealSecret(plain: string, purpose: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(purpose));
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(".");
}

/** The plain secret; throws when the value was not sealed by sealSecret with this key and purpose. */
export function openSecret(sealed: string, purpose: string): string {
  const [version, iv, tag, data, extra] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || data === undefined || extra !== undefined) throw new Error("Not a sealed secret.");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(purpose));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}
