import { z } from "zod";

/**
 * A deliberately strict address: one plain ASCII address, no quoted local parts, no lists, no fullwidth characters.
 * Returned lowercased, so addresses compare case-insensitively everywhere.
 */
export const emailAddressSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .regex(
    /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/,
    "Enter a single valid email address, like name@example.com.",
  )
  .refine((v) => !v.startsWith(".") && !v.split("@")[0].endsWith(".") && !v.includes(".."), "Enter a single valid email address, like name@example.com.")
  .transform((v) => v.toLowerCase());
