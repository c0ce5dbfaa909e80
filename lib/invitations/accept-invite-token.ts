import "server-only";
import { and, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { invitations, inviteLinks } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { assertPerson } from "@/lib/auth/rules";
import { getVerifiedEmail } from "@/lib/users/get-verified-email";
import { AppError } from "@/lib/errors";
import { assertMemberQuota } from "@/lib/quotas/assert-member-quota";
import { addMember, assertAccessUntilAhead, assertNotRemoved, assertNotSuspended, clearRemoval, isMember, lockWorkspace } from "./add-member";
import { assertInviteEligible } from "./invite-eligibility";
import { notifyInviter, type InviterNotice } from "./notify-inviter";
import { readInviter } from "./read-inviter";
import { INVALID_INVITE_MESSAGE, resolveInvite, type ResolvedInvite } from "./resolve-invite";

const invalid = () => new AppError("NOT_FOUND", INVALID_INVITE_MESSAGE);

/**
 * The invitee (signed in) accepts an email invitation or joins through an invite link; the token is the credential.
 * An email invitation only for the verified address it was sent to; a link within its uses, expiry and domain list.
 * A member removed from the workspace cannot come back through a link (only through a new email invitation); a
 * suspended member cannot accept either (assertNotSuspended: only reactivating gives their access back).
 * Joining through a link is atomic: with max uses 1, concurrent accepts create exactly one membership.
 */
export async function acceptInviteToken(caller: Caller, token: unknown): Promise<{ slug: string; alreadyMember: boolean }> {
  assertPerson(caller, "interactive", "Only a person can accept an invitation.");
  const db = await getDb();
  const resolved = await resolveInvite(db, token);
  if (!resolved) throw invalid();
  if (resolved.kind === "link") return db.transaction((tx) => joinWithLink(tx, caller, resolved));
  const { inviterNotice, ...result } = await db.transaction((tx) => acceptEmailInvitation(tx, caller, resolved.id));
  await notifyInviter(inviterNotice);
  return result;
}

/**
 * Shared by the landing page and the invitee's inbox: re-reads the invitation under the workspace lock. Returns what
 * the inviter is told, for the caller to send once the transaction committed (notifyInviter).
 */
export async function acceptEmailInvitation(
  tx: Tx,
  caller: Caller,
  invitationId: string,
): Promise<{ slug: string; alreadyMember: boolean; inviterNotice: InviterNotice | null }> {
  const [peek] = await tx.select({ workspaceId: invitations.workspaceId }).from(invitations).where(eq(invitations.id, invitationId));
  if (!peek) throw invalid();
  const workspace = await lockWorkspace(tx, peek.workspaceId);
  // FOR UPDATE: a concurrent decline (which locks only this row) must be seen, or both would succeed.
  const [invitation] = await tx.select().from(invitations).where(eq(invitations.id, invitationId)).for("update");
  if (!workspace || !invitation || invitation.status !== "pending" || invitation.expiresAt.getTime() <= Date.now()) throw invalid();
  assertInviteEligible({ kind: "email", email: invitation.email }, await getVerifiedEmail(tx, caller.userId));
  await assertNotSuspended(tx, workspace.id, caller.userId);
  const alreadyMember = await isMember(tx, workspace.id, caller.userId);
  if (!alreadyMember) {
    assertAccessUntilAhead(invitation.accessUntil);
    await addMember(tx, workspace.id, caller.userId, invitation.role, invitation.accessUntil);
  }
  await clearRemoval(tx, workspace.id, caller.userId);
  await tx.update(invitations).set({ status: "accepted", respondedAt: new Date() }).where(eq(invitations.id, invitation.id));
  const inviter = await readInviter(tx, invitation, workspace, "accepted", caller);
  await recordActivity(tx, {
    workspaceId: workspace.id,
    actor: callerActor(caller),
    action: "invitation.accepted",
    target: { type: "invitation", id: invitation.id, label: invitation.email },
    metadata: { role: invitation.role, alreadyMember, ...(inviter && { invitedBy: inviter.label, invitedById: inviter.id }) },
  });
  return { slug: workspace.slug, alreadyMember, inviterNotice: inviter?.notice ?? null };
}

async function joinWithLink(tx: Tx, caller: Caller, resolved: Extract<ResolvedInvite, { kind: "link" }>) {
  const workspace = await lockWorkspace(tx, resolved.workspace.id);
  if (!workspace) throw invalid();
  await assertNotSuspended(tx, workspace.id, caller.userId);
  if (await isMember(tx, workspace.id, caller.userId)) return { slug: workspace.slug, alreadyMember: true };
  await assertNotRemoved(tx, workspace.id, caller.userId);
  if (resolved.allowedDomains.length > 0) assertInviteEligible(resolved, await getVerifiedEmail(tx, caller.userId));
  await assertMemberQuota(tx, workspace.id, 1);
  // The use is counted only if the link is still live and under its limit: the row lock makes this exact.
  const [link] = await tx
    .update(inviteLinks)
    .set({ useCount: sql`${inviteLinks.useCount} + 1` })
    .where(
      and(
        eq(inviteLinks.id, resolved.id),
        isNull(inviteLinks.revokedAt),
        or(isNull(inviteLinks.expiresAt), gt(inviteLinks.expiresAt, new Date())),
        or(isNull(inviteLinks.maxUses), lt(inviteLinks.useCount, inviteLinks.maxUses)),
      ),
    )
    .returning();
  if (!link) throw invalid();
  assertAccessUntilAhead(link.accessUntil);
  await addMember(tx, workspace.id, caller.userId, link.role, link.accessUntil);
  await recordActivity(tx, {
    workspaceId: workspace.id,
    actor: callerActor(caller),
    action: "invite_link.used",
    target: { type: "invite_link", id: link.id, label: link.tokenPrefix },
    metadata: { role: link.role, useCount: link.useCount },
  });
  return { slug: workspace.slug, alreadyMember: false };
}
