import { z } from "zod";
import { ROLES } from "@/db/schema";

export const roleSchema = z.enum(ROLES, { error: "Choose a role: owner, manager, member or viewer." });
/** A membership's status: active, or suspended (by someone, or because its end date passed). */
export const MEMBER_STATUSES = ["active", "suspended"] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const memberIdSchema = z.string({ error: "Choose a member." }).min(1, "Choose a member.").max(100, "Unknown member.");

export const changeRoleSchema = z.object({ userId: memberIdSchema, role: roleSchema });
export const removeMemberSchema = z.object({ userId: memberIdSchema });
export const transferOwnershipSchema = z.object({
  userId: memberIdSchema,
  demoteSelf: z
    .union([z.boolean(), z.enum(["true", "false", "on", "off"]).transform((v) => v === "true" || v === "on")], {
      error: "demoteSelf must be true or false.",
    })
    .default(true),
});
export const listMembersSchema = z.object({
  q: z.string().trim().max(200, "Search is too long.").optional().default(""),
  role: roleSchema.optional(),
  /** active: memberships that give access now; suspended: suspended or past their end date. */
  status: z.enum(MEMBER_STATUSES, { error: "Choose a status: active or suspended." }).optional(),
  page: z.coerce
    .number({ error: "Page must be a number." })
    .int("Page must be a whole number.")
    .min(1, "Page must be at least 1.")
    .max(100_000, "Page must be at most 100000.")
    .optional()
    .default(1),
  pageSize: z.coerce
    .number({ error: "Page size must be a number." })
    .int("Page size must be a whole number.")
    .min(1, "Page size must be at least 1.")
    .max(100, "Page size must be at most 100.")
    .optional()
    .default(25),
});
export const suspendMemberSchema = z.object({ userId: memberIdSchema });
export const reactivateMemberSchema = z.object({ userId: memberIdSchema });

/** An end date ("access until"): an ISO date-time in the future, or null to remove it. */
export const accessUntilSchema = z
  .union([z.null(), z.literal("").transform(() => null), z.coerce.date({ error: "Access until must be a date and time, e.g. 2027-01-31T18:00:00Z." })], {
    error: "Access until must be a date and time, e.g. 2027-01-31T18:00:00Z, or empty for no end date.",
  })
  .refine((d) => d === null || !Number.isNaN(d.getTime()), "Access until must be a valid date and time.")
  .refine((d) => d === null || d.getTime() > Date.now(), "Access until must be in the future.")
  .refine((d) => d === null || d.getTime() < Date.now() + 10 * 365 * 24 * 3600 * 1000, "Access until must be within 10 years.");
export const setAccessUntilSchema = z.object({ userId: memberIdSchema, accessUntil: accessUntilSchema });
