import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { getEnv } from "@/lib/env";
import { getAuthSecret } from "@/lib/sign-in/auth-secret";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The AES-256 key: HKDF-SHA256 of ENCRYPTION_KEY (or AUTH_SECRET), bound to this use by its info string. */
function key(): Buffer {
  const secret = getEnv().ENCRYPTION_KEY ?? getAuthSecret();
  return Buffer.from(hkdfSync("sha256", secret, "roster", "roster secret-box v1 aes-256-gcm", 32));
}

/** Encrypts a secret for storage (AES-256-GCM, a random IV each time): `v1.<iv>.<ciphertext>.<tag>` in base64url. */
export function encryptSecret(plain: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, body, cipher.getAuthTag()].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** Decrypts what encryptSecret stored; throws when it was changed or was encrypted under another key. */
export function decryptSecret(cipherText: string): string {
  const [version, iv, body, tag, extra] = cipherText.split(".");
  if (version !== VERSION || !iv || body === undefined || !tag || extra !== undefined) throw new Error("Not a stored secret (secret-box v1).");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"), { authTagLength: TAG_BYTES });
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
