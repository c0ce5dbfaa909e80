import "server-only";
import { z } from "zod";
import { getDb } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { parseInput } from "@/lib/validation";
import { DECLINED_PATH, welcomePath } from "@/lib/workspaces/welcome-path";
import { acceptInviteToken } from "./accept-invite-token";
import { isInviteTokenShape } from "./config";
import { declineInviteToken } from "./decline-invite-token";
import { limitInviteLookups } from "./limit-invite-lookups";

export const respondToInviteSchema = z.object({ token: z.string().max(200).catch(""), intent: z.enum(["accept", "decline"]).catch("accept") });

/**
 * The landing page's answer to an invitation (the token is the credential), within the per-IP lookup limit: accept
 * (join, then land in the workspace) or decline (an email invitation). Returns where the browser goes next.
 */
export async function respondToInvite(caller: Caller, input: unknown, clientIp: string | null): Promise<string> {
  const { token, intent } = parseInput(respondToInviteSchema, input);
  // A malformed token is refused below without a lookup, so it is not counted (and writes nothing). An unknown
  // address (no production server in front) counts against the signed-in person, never one shared bucket.
  if (isInviteTokenShape(token)) {
    await limitInviteLookups(await getDb(), clientIp ?? { userId: caller.userId }, "Too many invitation attempts from your network. Wait a few minutes and try again.");
  }
  if (intent === "decline") {
    await declineInviteToken(caller, token);
    return DECLINED_PATH;
  }
  return welcomePath(await acceptInviteToken(caller, token));
}
