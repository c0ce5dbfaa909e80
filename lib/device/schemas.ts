import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { expiresInDaysSchema } from "@/lib/tokens/schemas";

/** How long a device code lives (RFC 8628 `expires_in`) and the first polling interval. */
export const DEVICE_CODE_TTL_SECONDS = 600;
export const DEVICE_POLL_INTERVAL_SECONDS = 5;

export const startDeviceAuthorizationSchema = z.object({
  client_name: z
    .string({ error: "Send the machine's name as client_name." })
    .trim()
    .min(1, "Send the machine's name as client_name.")
    .max(64, "The machine's name must be at most 64 characters.")
    .regex(/^[\p{L}\p{N} ._()@-]+$/u, "The machine's name may contain letters, digits, spaces and . _ - ( ) @ only.")
    .meta({ description: "The requesting machine's name (its hostname), shown on the approval page and in the token's name." }),
});

export const userCodeSchema = z.string({ error: "Enter the code shown by the CLI." }).trim().min(1, "Enter the code shown by the CLI.").max(20, "That is not a code the CLI shows (8 letters, like BCDF-GHJK).");

export const approveDeviceSchema = z.object({
  userCode: userCodeSchema,
  /** A workspace slug, or null for "all my workspaces" (a personal access token). */
  workspace: z.string().trim().min(1, "Choose a workspace.").max(64, "Unknown workspace.").nullable(),
  role: z.enum(ROLES, { error: "Choose a role: owner, manager, member or viewer." }).nullable(),
  expiresInDays: expiresInDaysSchema,
});

export const denyDeviceSchema = z.object({ userCode: userCodeSchema });

export const DEVICE_GRANT_TYPE = "urn:ietf:params:oauth:grant-type:device_code";

export const deviceTokenRequestSchema = z.object({
  grant_type: z.literal(DEVICE_GRANT_TYPE, { error: `grant_type must be ${DEVICE_GRANT_TYPE}.` }),
  device_code: z.string({ error: "Send the device_code." }).min(1, "Send the device_code.").max(100, "Unknown device_code."),
  client_id: z.string().max(100).optional(),
});
