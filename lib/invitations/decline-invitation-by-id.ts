import "server-only";
import { getDb } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { assertPerson } from "@/lib/auth/rules";
import { parseInput } from "@/lib/validation";
import { notifyInviter } from "./notify-inviter";
import { declineEmailInvitation } from "./decline-invite-token";
import { invitationIdSchema } from "./schemas";

/** The invitee declines from their inbox, signed in or with a personal access token. */
export async function declineInvitationById(caller: Caller, input: unknown) {
  const { invitationId } = parseInput(invitationIdSchema, input);
  assertPerson(caller, "account", "A workspace token cannot decline invitations; use a personal access token.");
  const db = await getDb();
  const { inviterNotice, ...result } = await db.transaction((tx) => declineEmailInvitation(tx, caller, invitationId));
  await notifyInviter(inviterNotice);
  return result;
}
