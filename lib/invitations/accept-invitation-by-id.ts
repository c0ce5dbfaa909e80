import "server-only";
import { getDb } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { assertPerson } from "@/lib/auth/rules";
import { parseInput } from "@/lib/validation";
import { notifyInviter } from "./notify-inviter";
import { acceptEmailInvitation } from "./accept-invite-token";
import { invitationIdSchema } from "./schemas";

/** The invitee accepts from their inbox, signed in or with a personal access token: the same checks as the link (their verified address, pending, not expired). */
export async function acceptInvitationById(caller: Caller, input: unknown) {
  const { invitationId } = parseInput(invitationIdSchema, input);
  assertPerson(caller, "account", "A workspace token cannot accept invitations; use a personal access token.");
  const db = await getDb();
  const { inviterNotice, ...result } = await db.transaction((tx) => acceptEmailInvitation(tx, caller, invitationId));
  await notifyInviter(inviterNotice);
  return result;
}
