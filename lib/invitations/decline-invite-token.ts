import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { invitations } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { getVerifiedEmail } from "@/lib/users/get-verified-email";
import { AppError } from "@/lib/errors";
import { assertInviteEligible } from "./invite-eligibility";
import { INVALID_INVITE_MESSAGE, resolveInvite } from "./resolve-invite";

/** The invitee (signed in with the invited, verified address) declines an email invitation by its token. */
export async function declineInviteToken(caller: Caller, token: unknown) {
  const db = await getDb();
  const resolved = await resolveInvite(db, token);
  if (!resolved || resolved.kind !== "email") throw new AppError("NOT_FOUND", INVALID_INVITE_MESSAGE);
  return db.transaction((tx) => declineEmailInvitation(tx, caller, resolved.id));
}

/** Shared by the landing page and the inbox: only a pending invitation for the caller's verified address. */
export async function declineEmailInvitation(tx: Tx, caller: Caller, invitationId: string) {
  const [invitation] = await tx.select().from(invitations).where(eq(invitations.id, invitationId)).for("update");
  if (!invitation || invitation.status !== "pending" || invitation.expiresAt.getTime() <= Date.now()) {
    throw new AppError("NOT_FOUND", INVALID_INVITE_MESSAGE);
  }
  assertInviteEligible({ kind: "email", email: invitation.email }, await getVerifiedEmail(tx, caller.userId));
  await tx.update(invitations).set({ status: "declined", respondedAt: new Date() }).where(eq(invitations.id, invitation.id));
  await recordActivity(tx, {
    workspaceId: invitation.workspaceId,
    actor: callerActor(caller),
    action: "invitation.declined",
    target: { type: "invitation", id: invitation.id, label: invitation.email },
    metadata: { role: invitation.role },
  });
  return { invitationId: invitation.id };
}
