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

/** An expiry in the future (an update only brings a token's expiry forward: assertTokenExpiryNotExtended). */
const earlierExpirySchema = z.iso
  .datetime({ offset: true, error: "expiresAt must be an ISO 8601 timestamp, e.g. 2030-01-31T00:00:00Z." })
  .transform((value) => new Date(value))
  .refine((date) => date.getTime() > Date.now(), "expiresAt must be in the future (revoke the token to end it now).")
  .meta({ description: "A new, earlier expiry (ISO 8601): never later than the current one." });

const atLeastOneChange = (data: Record<string, unknown>) => ["name", "role", "expiresAt"].some((key) => data[key] !== undefined);
const NOTHING_TO_CHANGE = { error: "Send at least one of name, role or expiresAt." };

/** What an update may change (the API's body; the token is named by the path). */
export const updatePersonalTokenFieldsSchema = z.object({ name: tokenNameSchema.optional(), expiresAt: earlierExpirySchema.optional() });

export const updateTokenFieldsSchema = updatePersonalTokenFieldsSchema.extend({
  role: z
    .enum(ROLES, { error: "Choose a role: owner, manager, member or viewer." })
    .optional()
    .meta({ description: "A lower role ceiling: never above the token's current role or your own." }),
});

export const updatePersonalTokenSchema = updatePersonalTokenFieldsSchema.extend(tokenIdSchema.shape).refine(atLeastOneChange, NOTHING_TO_CHANGE);
export const updateTokenSchema = updateTokenFieldsSchema.extend(tokenIdSchema.shape).refine(atLeastOneChange, NOTHING_TO_CHANGE);
