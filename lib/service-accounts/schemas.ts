import { z } from "zod";

export const SERVICE_ACCOUNT_ROLES = ["manager", "member", "viewer"] as const;

export const createServiceAccountSchema = z.object({
  name: z
    .string({ error: "Name is required." })
    .trim()
    .min(1, "Name is required.")
    .max(64, "Name must be at most 64 characters."),
  role: z.enum(SERVICE_ACCOUNT_ROLES, { error: "Choose a role: manager, member or viewer." }).default("member"),
});
