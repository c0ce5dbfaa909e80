import { generatePrefixedToken, isWellFormedPrefixedToken, type GeneratedToken } from "@/lib/tokens/token-format";

/** SCIM tokens share the API tokens' format (checksum, SHA-256 hash at rest) under their own prefix, so scanners tell them apart. */
export const SCIM_TOKEN_PREFIX = "rsc_";

export const generateScimToken = (): GeneratedToken => generatePrefixedToken(SCIM_TOKEN_PREFIX);

/** The SCIM token of an `Authorization: Bearer rsc_…` header, or null for any other shape. Never throws. */
export function scimBearerToken(header: unknown): string | null {
  if (typeof header !== "string" || header.length > 200) return null;
  const match = /^Bearer ([^\s]+)$/i.exec(header.trim());
  return match && isWellFormedPrefixedToken(SCIM_TOKEN_PREFIX, match[1]) ? match[1] : null;
}
