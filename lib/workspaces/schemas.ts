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

export const deleteWorkspaceSchema = z.object({ confirmSlug: z.string({ error: "Type the slug to confirm." }).max(100, "Type the slug to confirm.") });
