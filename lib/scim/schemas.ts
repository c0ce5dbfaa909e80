import { z } from "zod";
import { tokenNameSchema } from "@/lib/tokens/schemas";

export const createScimTokenSchema = z.object({ name: tokenNameSchema });
export const scimTokenIdSchema = z.object({ tokenId: z.uuid({ error: "Unknown SCIM token." }) });

/** Live SCIM tokens per workspace (one per identity provider is the norm; a few allow rotating without a gap). */
export const MAX_SCIM_TOKENS = 5;
