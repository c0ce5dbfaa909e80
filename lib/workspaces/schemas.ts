import { z } from "zod";
import { slugSchema } from "./slug";

export const displayNameSchema = z
  .string({ error: "Display name is required." })
  .trim()
  .min(1, "Display name is required.")
  .max(64, "Display name must be at most 64 characters.");

export const createWorkspaceSchema = z.object({
  displayName: displayNameSchema,
  slug: slugSchema,
  region: z.string({ error: "Choose a region." }).trim().min(1, "Choose a region.").max(64, "Choose one of the available regions."),
});

export const renameWorkspaceSchema = z.object({ displayName: displayNameSchema });

/** The API's DELETE: `?permanent=true` deletes at once (with the slug typed in the body), otherwise the deletion is scheduled. */
export const deleteWorkspaceQuerySchema = z.object({
  permanent: z
    .enum(["true", "false"], { error: 'permanent must be "true" or "false".' })
    .optional()
    .meta({ description: "`true`: delete at once, no restore (send `confirmSlug` in the body). Otherwise the deletion is scheduled and restorable." }),
});

/** The API's confirmation of a permanent deletion: the workspace's slug, typed like in the web app. */
export const confirmPermanentDeleteSchema = z.object({
  confirmSlug: z.string({ error: "Type the slug to confirm." }).max(100, "Type the slug to confirm.").meta({ description: "The workspace's slug (with `?permanent=true`)." }),
});

export const deleteWorkspaceSchema = z.object({
  confirmSlug: z.string({ error: "Type the slug to confirm." }).max(100, "Type the slug to confirm."),
  /** Delete at once instead of scheduling the deletion (no restore). */
  permanent: z.boolean({ error: "permanent must be true or false." }).optional(),
});
