import "server-only";
import { z } from "zod";
import { getDb } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { parseInput } from "@/lib/validation";
import { acceptInviteToken } from "./accept-invite-token";
import { INVITE_LOOKUPS_PER_IP_PER_10_MINUTES } from "./config";
import { declineInviteToken } from "./decline-invite-token";

export const respondToInviteSchema = z.object({ token: z.string().max(200).catch(""), intent: z.enum(["accept", "decline"]).catch("accept") });

/**
 * The landing page's answer to an invitation (the token is the credential), within the per-IP lookup limit: accept
 * (join, then land in the workspace) or decline (an email invitation). Returns where the browser goes next.
 */
export async function respondToInvite(caller: Caller, input: unknown, clientIp: string | null): Promise<string> {
  const { token, intent } = parseInput(respondToInviteSchema, input);
  // An unknown address (no production server in front) counts against the signed-in person, never one shared bucket.
  const bucket = clientIp ? `invite-lookup:ip:${clientIp}` : `invite-lookup:user:${caller.userId}`;
  await consumeRateLimit(await getDb(), bucket, INVITE_LOOKUPS_PER_IP_PER_10_MINUTES, 600,
    "Too many invitation attempts from your network. Wait a few minutes and try again.");
  if (intent === "decline") {
    await declineInviteToken(caller, token);
    return "/account/invitations?declined=1";
  }
  const { slug } = await acceptInviteToken(caller, token);
  return `/w/${slug}`;
}
