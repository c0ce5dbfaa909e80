import { z } from "zod";
import { slugify } from "./slugify";

export const RESERVED_SLUGS = new Set([
  "api", "admin", "settings", "new", "invite", "invites", "invitations", "sign-in", "sign-out", "sign-up", "account",
  "dev", "w", "app", "auth", "login", "logout", "help", "support", "docs", "static", "public", "_next", "www", "root",
  "roster", "system", "health", "mailbox",
]);

export const slugSchema = z
  .string({ error: "Slug is required." })
  .trim()
  .min(3, "Slug must be at least 3 characters.")
  .max(40, "Slug must be at most 40 characters.")
  .regex(/^[a-z0-9-]+$/, "Slug may only contain lowercase letters, digits and hyphens.")
  .regex(/^[a-z0-9].*[a-z0-9]$/, "Slug cannot start or end with a hyphen.")
  .refine((s) => !RESERVED_SLUGS.has(s), "This slug is reserved.");

export function randomSuffix(length = 6): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
}

/** A slug candidate that is valid on its own; uniqueness is checked by the caller. */
export function slugCandidate(base: string, withSuffix: boolean): string {
  let slug = slugify(base);
  if (withSuffix || slug.length < 3 || RESERVED_SLUGS.has(slug)) {
    const suffix = randomSuffix();
    slug = `${slug.slice(0, 40 - suffix.length - 1)}-${suffix}`.replace(/^-+/, "");
  }
  return slug;
}
