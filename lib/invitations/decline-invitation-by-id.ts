import "server-only";
import { getDb } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { parseInput } from "@/lib/validation";
import { notifyInviter } from "./notify-inviter";
import { declineEmailInvitation } from "./decline-invite-token";
import { invitationIdSchema } from "./schemas";

/** The invitee declines from their inbox. */
export async function declineInvitationById(caller: Caller, input: unknown) {
  const { invitationId } = parseInput(invitationIdSchema, input);
  const db = await getDb();
  const { inviterNotice, ...result } = await db.transaction((tx) => declineEmailInvitation(tx, caller, invitationId));
  await notifyInviter(inviterNotice);
  return result;
}
