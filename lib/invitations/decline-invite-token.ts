import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { invitations, workspaces } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { getVerifiedEmail } from "@/lib/users/get-verified-email";
import { AppError } from "@/lib/errors";
import { assertInviteEligible } from "./invite-eligibility";
import { notifyInviter, type InviterNotice } from "./notify-inviter";
import { readInviter } from "./read-inviter";
import { INVALID_INVITE_MESSAGE, resolveInvite } from "./resolve-invite";

/** The invitee (signed in with the invited, verified address) declines an email invitation by its token. */
export async function declineInviteToken(caller: Caller, token: unknown) {
  const db = await getDb();
  const resolved = await resolveInvite(db, token);
  if (!resolved || resolved.kind !== "email") throw new AppError("NOT_FOUND", INVALID_INVITE_MESSAGE);
  const { inviterNotice, ...result } = await db.transaction((tx) => declineEmailInvitation(tx, caller, resolved.id));
  await notifyInviter(inviterNotice);
  return result;
}

/**
 * Shared by the landing page and the inbox: only a pending invitation for the caller's verified address. Returns what
 * the inviter is told, for the caller to send once the transaction committed (notifyInviter).
 */
export async function declineEmailInvitation(tx: Tx, caller: Caller, invitationId: string): Promise<{ invitationId: string; inviterNotice: InviterNotice | null }> {
  const [invitation] = await tx.select().from(invitations).where(eq(invitations.id, invitationId)).for("update");
  if (!invitation || invitation.status !== "pending" || invitation.expiresAt.getTime() <= Date.now()) {
    throw new AppError("NOT_FOUND", INVALID_INVITE_MESSAGE);
  }
  assertInviteEligible({ kind: "email", email: invitation.email }, await getVerifiedEmail(tx, caller.userId));
  await tx.update(invitations).set({ status: "declined", respondedAt: new Date() }).where(eq(invitations.id, invitation.id));
  const [workspace] = await tx.select({ slug: workspaces.slug, displayName: workspaces.displayName }).from(workspaces).where(eq(workspaces.id, invitation.workspaceId));
  const inviter = workspace ? await readInviter(tx, invitation, workspace, "declined", caller) : null;
  await recordActivity(tx, {
    workspaceId: invitation.workspaceId,
    actor: callerActor(caller),
    action: "invitation.declined",
    target: { type: "invitation", id: invitation.id, label: invitation.email },
    metadata: { role: invitation.role, ...(inviter && { invitedBy: inviter.label, invitedById: inviter.id }) },
  });
  return { invitationId: invitation.id, inviterNotice: inviter?.notice ?? null };
}
