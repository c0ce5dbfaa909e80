import { z } from "zod";
import { ROLES } from "@/db/schema";

export const JOIN_REQUEST_MESSAGE_MAX = 500;

export const requestAccessSchema = z.object({
  message: z
    .string({ error: "Write a short message, or leave it empty." })
    .trim()
    .max(JOIN_REQUEST_MESSAGE_MAX, `Keep the message to ${JOIN_REQUEST_MESSAGE_MAX} characters.`)
    .optional()
    .default(""),
  /** The dead invite link the person came through (its token), if that is their way to the request. */
  inviteToken: z.string().max(200, "This invite link is not valid.").optional(),
});

export const joinRequestIdSchema = z.object({ requestId: z.uuid({ error: "Choose a request." }) });

export const approveJoinRequestSchema = joinRequestIdSchema.extend({
  role: z.enum(ROLES, { error: "Choose a role." }),
});
