import { z } from "zod";
import { ROLES } from "@/db/schema";

export const TOKEN_EXPIRY_DAYS = [30, 90, 365] as const;

export const tokenNameSchema = z
  .string({ error: "Name is required." })
  .trim()
  .min(1, "Name is required.")
  .max(64, "Name must be at most 64 characters.");

/** 30, 90 or 365 days, or null for a token that never expires. */
export const expiresInDaysSchema = z
  .union([z.literal(30), z.literal(90), z.literal(365), z.null()], { error: "Choose an expiry: 30, 90 or 365 days, or null for none." })
  .meta({ description: "Days until the token expires (30, 90 or 365), or null for a token that never expires." });

export const createTokenSchema = z.object({
  name: tokenNameSchema,
  expiresInDays: expiresInDaysSchema,
  role: z
    .enum(ROLES, { error: "Choose a role: owner, manager, member or viewer." })
    .optional()
    .meta({ description: "The token's role ceiling, no higher than the creator's own role. Default: the creator's role." }),
  holderId: z
    .string({ error: "Choose a service account." })
    .min(1, "Choose a service account.")
    .max(100, "Unknown service account.")
    .optional()
    .meta({ description: "A service account of the workspace to own the token (owners and managers). Default: the creator." }),
});

export const createPersonalTokenSchema = z.object({ name: tokenNameSchema, expiresInDays: expiresInDaysSchema });

export const tokenIdSchema = z.object({ tokenId: z.uuid({ error: "Unknown token." }) });
