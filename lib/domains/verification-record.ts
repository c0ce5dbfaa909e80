import { randomBytes } from "node:crypto";

/** Verified domains are re-checked in DNS once they are older than this (daily, or on use). */
export const RECHECK_AFTER_MS = 24 * 60 * 60 * 1000;

/** The TXT record a domain's owner publishes to prove it: `_roster-verification.<domain>`. */
export function verificationRecordName(domain: string): string {
  return `_roster-verification.${domain}`;
}

/** A new record value (not a secret: it is published in DNS; unguessable so nobody else's record matches by chance). */
export function newVerificationToken(): string {
  return `roster-verification=${randomBytes(18).toString("base64url")}`;
}
