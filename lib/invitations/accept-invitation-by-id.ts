import "server-only";
import { getDb } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { parseInput } from "@/lib/validation";
import { notifyInviter } from "./notify-inviter";
import { acceptEmailInvitation } from "./accept-invite-token";
import { invitationIdSchema } from "./schemas";

/** The invitee accepts from their inbox: the same checks as the link (their verified address, pending, not expired). */
export async function acceptInvitationById(caller: Caller, input: unknown) {
  const { invitationId } = parseInput(invitationIdSchema, input);
  const db = await getDb();
  const { inviterNotice, ...result } = await db.transaction((tx) => acceptEmailInvitation(tx, caller, invitationId));
  await notifyInviter(inviterNotice);
  return result;
}
