import { createHash, randomBytes } from "node:crypto";

/**
 * API token format (GitHub's): `rst_` + 30 base62 characters of randomness (about 178 bits) + a 6-character base62
 * CRC32 of those 30 characters, so secret scanners can recognise a token and typos are refused without a lookup.
 */
export const TOKEN_PREFIX = "rst_";
export const TOKEN_RANDOM_LENGTH = 30;
export const TOKEN_CHECKSUM_LENGTH = 6;
export const TOKEN_LENGTH = TOKEN_PREFIX.length + TOKEN_RANDOM_LENGTH + TOKEN_CHECKSUM_LENGTH;
/** Characters kept for display (`rst_` and the first 4 random characters); never enough to guess the rest. */
export const DISPLAY_PREFIX_LENGTH = TOKEN_PREFIX.length + 4;

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const TOKEN_SHAPE = new RegExp(`^${TOKEN_PREFIX}[0-9A-Za-z]{${TOKEN_RANDOM_LENGTH + TOKEN_CHECKSUM_LENGTH}}$`);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, as zlib) of an ASCII string. */
export function crc32(input: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < input.length; i++) crc = CRC_TABLE[(crc ^ input.charCodeAt(i)) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A non-negative integer in base62, left-padded with zeros to `width`. */
export function toBase62(value: number, width: number): string {
  let out = "";
  let n = value;
  do {
    out = BASE62[n % 62] + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out.padStart(width, "0");
}

export function checksum(random: string): string {
  return toBase62(crc32(random), TOKEN_CHECKSUM_LENGTH);
}

/** Uniform base62 characters from the CSPRNG (rejection sampling: bytes >= 248 are dropped to avoid modulo bias). */
function randomBase62(length: number): string {
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += BASE62[byte % 62];
    }
  }
  return out;
}

export type GeneratedToken = { token: string; hash: string; displayPrefix: string };

/** A new secret with its SHA-256 hash (the only form stored) and its display prefix. */
export function generateToken(): GeneratedToken {
  return generatePrefixedToken(TOKEN_PREFIX);
}

/** A secret of the same format under another 4-character prefix (SCIM tokens are `rsc_`). */
export function generatePrefixedToken(prefix: string): GeneratedToken {
  const random = randomBase62(TOKEN_RANDOM_LENGTH);
  const token = `${prefix}${random}${checksum(random)}`;
  return { token, hash: hashToken(token), displayPrefix: token.slice(0, prefix.length + 4) };
}

/** Whether a string is a well-formed token under `prefix` (shape and checksum), before any database lookup. */
export function isWellFormedPrefixedToken(prefix: string, value: unknown): value is string {
  if (typeof value !== "string" || value.length !== prefix.length + TOKEN_RANDOM_LENGTH + TOKEN_CHECKSUM_LENGTH || !value.startsWith(prefix)) return false;
  const rest = value.slice(prefix.length);
  if (!/^[0-9A-Za-z]+$/.test(rest)) return false;
  return rest.slice(TOKEN_RANDOM_LENGTH) === checksum(rest.slice(0, TOKEN_RANDOM_LENGTH));
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Whether a string has the token shape and a correct checksum: checked before any database lookup. */
export function isWellFormedToken(value: unknown): value is string {
  if (typeof value !== "string" || !TOKEN_SHAPE.test(value)) return false;
  const random = value.slice(TOKEN_PREFIX.length, TOKEN_PREFIX.length + TOKEN_RANDOM_LENGTH);
  return value.slice(TOKEN_PREFIX.length + TOKEN_RANDOM_LENGTH) === checksum(random);
}

/**
 * The token of an `Authorization: Bearer <token>` header, or null for any other shape (missing, another scheme,
 * extra parts, bad characters, bad checksum). Never throws.
 */
export function bearerToken(header: unknown): string | null {
  if (typeof header !== "string" || header.length > 200) return null;
  const match = /^Bearer ([^\s]+)$/i.exec(header.trim());
  if (!match) return null;
  return isWellFormedToken(match[1]) ? match[1] : null;
}
