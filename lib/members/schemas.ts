import { z } from "zod";
import { ROLES } from "@/db/schema";

export const roleSchema = z.enum(ROLES, { error: "Choose a role: owner, manager, member or viewer." });
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
