import { randomBytes, randomInt } from "node:crypto";
import { hashToken } from "@/lib/tokens/token-format";

/**
 * The two codes of a device authorization (RFC 8628 §6.1). The user code is what a person types: 8 characters of 20
 * consonants (no vowels, so no words; no 0/O or 1/I look-alikes), about 34.6 bits, shown as `ABCD-EFGH`; brute force
 * is bounded by its 10-minute life and the approval page's rate limit. The device code is a 256-bit bearer secret.
 */
export const USER_CODE_ALPHABET = "BCDFGHJKLMNPQRSTVWXZ";
export const USER_CODE_LENGTH = 8;
export const DEVICE_CODE_PREFIX = "rdc_";

export function generateUserCode(): string {
  let code = "";
  for (let i = 0; i < USER_CODE_LENGTH; i++) code += USER_CODE_ALPHABET[randomInt(USER_CODE_ALPHABET.length)];
  return code;
}

/** `BCDFGHJK` as a person reads it: `BCDF-GHJK`. */
export function formatUserCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What a person typed, as stored: upper case, without spaces or dashes; null when it cannot be a user code. */
export function normalizeUserCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== USER_CODE_LENGTH) return null;
  for (const c of code) if (!USER_CODE_ALPHABET.includes(c)) return null;
  return code;
}

export function generateDeviceCode(): string {
  return DEVICE_CODE_PREFIX + randomBytes(32).toString("base64url");
}

/** Both codes are stored as SHA-256 hashes only. */
export const hashCode = (code: string) => hashToken(code);
