import { z } from "zod";

export const personDisplayNameSchema = z
  .string({ error: "Enter a display name, or leave it empty to show your email." })
  .trim()
  .max(64, "Display name must be at most 64 characters.");

/** An empty display name clears it (the UI then shows the email). */
export const updateProfileSchema = z.object({ displayName: personDisplayNameSchema });

export const deleteAccountSchema = z.object({
  confirmEmail: z.string({ error: "Type your email to confirm." }).max(320, "Type your email to confirm."),
});
