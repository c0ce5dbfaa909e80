import { z } from "zod";
import { accessUntilSchema, roleSchema } from "@/lib/members/schemas";
import { INVITE_LINK_EXPIRY, MAX_INVITES_PER_SUBMISSION } from "./config";

export const inviteMembersSchema = z.object({
  emails: z
    .union([z.string(), z.array(z.string())], { error: "Enter at least one email address." })
    .transform((v) => (Array.isArray(v) ? v : v.split(/[\s,;]+/)).map((e) => e.trim()).filter(Boolean))
    .pipe(
      z
        .array(z.string())
        .min(1, "Enter at least one email address.")
        .max(MAX_INVITES_PER_SUBMISSION, `Invite at most ${MAX_INVITES_PER_SUBMISSION} addresses at once.`),
    ),
  role: roleSchema,
  /** The membership's end date once accepted (never with the owner role). */
  accessUntil: accessUntilSchema.optional(),
});

export const invitationIdSchema = z.object({ invitationId: z.uuid({ error: "Unknown invitation." }) });
export const inviteLinkIdSchema = z.object({ linkId: z.uuid({ error: "Unknown invite link." }) });

const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "Enter a domain like acme.com.");

const MAX_USES_MESSAGE = "Max uses must be a whole number from 1 to 100,000, or empty for no limit.";

export const createInviteLinkSchema = z.object({
  role: roleSchema.refine((r) => r !== "owner", "An invite link can grant at most the manager role."),
  expiresIn: z.enum(Object.keys(INVITE_LINK_EXPIRY) as [keyof typeof INVITE_LINK_EXPIRY], {
    error: "Choose an expiry: 1 day, 7 days, 30 days or never.",
  }),
  // .optional(): in zod 4 a union containing z.undefined() still rejects a missing key; both fields may be omitted.
  maxUses: z
    .union([z.literal(""), z.null(), z.undefined(), z.coerce.number().int().min(1).max(100_000)], { error: MAX_USES_MESSAGE })
    .optional()
    .transform((v) => (v === "" || v === null || v === undefined ? null : v)),
  allowedDomains: z
    .union([z.string(), z.array(z.string()), z.undefined()], { error: "Allowed domains must be domains like acme.com, separated by commas." })
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : v.split(/[\s,;]+/)).map((d) => d.trim()).filter(Boolean))
    .pipe(z.array(domainSchema).max(20, "At most 20 domains.")),
  /** The end date of memberships made through the link. */
  accessUntil: accessUntilSchema.optional(),
});

export const domainInputSchema = z.object({ domain: domainSchema });
export const autoJoinToggleSchema = z.object({ enabled: z.coerce.boolean() });
export const githubOrganizationSchema = z.object({
  organization: z.union(
    [
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/),
      z.literal(""),
    ],
    { error: "Enter a GitHub organization name (letters, digits and hyphens, up to 39 characters), or leave it empty." },
  ),
});
