import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { apiTokens, invitations, memberRemovals, memberships } from "@/db/schema";
import { recordActivity, type Actor } from "@/lib/activity/record-activity";
import { pauseGithubLinkOf } from "@/lib/auto-join/pause-github-link";
import { revokeInvitesSentBy } from "@/lib/invitations/revoke-invites-sent-by";
import type { TargetMember } from "./get-target-member";
import type { MemberNotice } from "./notify-member";

/**
 * Who changes a membership, for the in-transaction steps below: the workspace (locked by the caller's authorization),
 * the actor the activity log records, the person recorded on the row (null: no person, e.g. SCIM), and what the
 * member's email calls the actor. The caller has asserted its own rules (suspendRule, the last-owner count) first.
 */
export type MemberChange = {
  workspace: { id: string; slug: string; displayName: string };
  actor: Actor;
  byUserId: string | null;
  actorName: string;
  /** Extra metadata on the activity event (e.g. `via: "scim"`). */
  metadata?: Record<string, unknown>;
};

const noticeTo = (target: TargetMember) => (target.email && !target.serviceAccount ? target.email : null);

/** Suspends the target (already suspended: nothing changes) and records member.suspended. */
export async function applySuspension(tx: Tx, change: MemberChange, target: TargetMember) {
  if (target.suspendedAt) return { suspendedAt: target.suspendedAt, changed: false, notice: null };
  const [row] = await tx
    .update(memberships)
    .set({ suspendedAt: new Date(), suspendedBy: change.byUserId })
    .where(eq(memberships.id, target.membershipId))
    .returning({ suspendedAt: memberships.suspendedAt });
  await recordActivity(tx, {
    workspaceId: change.workspace.id,
    actor: change.actor,
    action: "member.suspended",
    target: { type: "user", id: target.userId, label: target.label },
    metadata: { role: target.role, ...(target.serviceAccount ? { serviceAccount: true } : {}), ...change.metadata },
  });
  const to = noticeTo(target);
  const notice: MemberNotice | null = to ? { kind: "suspended", to, workspace: change.workspace, actorName: change.actorName } : null;
  return { suspendedAt: row.suspendedAt as Date, changed: true, notice };
}

/** Reactivates the target (active: nothing changes; a passed end date is cleared) and records member.reactivated. */
export async function applyReactivation(tx: Tx, change: MemberChange, target: TargetMember) {
  if (target.active) return { changed: false, notice: null };
  const ended = target.accessUntil !== null && target.accessUntil.getTime() <= Date.now();
  await tx
    .update(memberships)
    .set({ suspendedAt: null, suspendedBy: null, ...(ended ? { accessUntil: null, accessEndRecordedAt: null } : {}) })
    .where(eq(memberships.id, target.membershipId));
  await recordActivity(tx, {
    workspaceId: change.workspace.id,
    actor: change.actor,
    action: "member.reactivated",
    target: { type: "user", id: target.userId, label: target.label },
    metadata: { role: target.role, ...(ended ? { endDateCleared: true } : {}), ...(target.serviceAccount ? { serviceAccount: true } : {}), ...change.metadata },
  });
  const to = noticeTo(target);
  const notice: MemberNotice | null = to ? { kind: "reactivated", to, workspace: change.workspace, actorName: change.actorName } : null;
  return { changed: true, notice };
}

/**
 * Removes the target: the membership goes, their tokens for the workspace, their pending email invitation and the
 * invite links and invitations they created are revoked, a GitHub link they made pauses, and the removal is recorded.
 */
export async function applyRemoval(tx: Tx, change: MemberChange, target: TargetMember) {
  const { workspace, actor } = change;
  await tx.delete(memberships).where(eq(memberships.id, target.membershipId));
  await tx
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.workspaceId, workspace.id), eq(apiTokens.userId, target.userId), isNull(apiTokens.revokedAt)));
  await tx
    .insert(memberRemovals)
    .values({ workspaceId: workspace.id, userId: target.userId, removedBy: change.byUserId })
    .onConflictDoUpdate({ target: [memberRemovals.workspaceId, memberRemovals.userId], set: { removedBy: change.byUserId, removedAt: new Date() } });
  await recordActivity(tx, {
    workspaceId: workspace.id,
    actor,
    action: target.serviceAccount ? "service_account.removed" : "member.removed",
    target: { type: "user", id: target.userId, label: target.label },
    metadata: { role: target.role, ...change.metadata },
  });
  // An email invitation still pending for them (they joined another way) would let them straight back in.
  if (target.email) {
    const revoked = await tx
      .update(invitations)
      .set({ status: "revoked", respondedAt: new Date() })
      .where(and(eq(invitations.workspaceId, workspace.id), eq(invitations.email, target.email.toLowerCase()), eq(invitations.status, "pending")))
      .returning();
    for (const invitation of revoked) {
      await recordActivity(tx, {
        workspaceId: workspace.id,
        actor,
        action: "invitation.revoked",
        target: { type: "invitation", id: invitation.id, label: invitation.email },
        metadata: { role: invitation.role, reason: "member.removed" },
      });
    }
  }
  await revokeInvitesSentBy(tx, workspace.id, target.userId, actor, "member.removed");
  await pauseGithubLinkOf(tx, workspace.id, target.userId, actor, "member.removed");
  const to = noticeTo(target);
  const notice: MemberNotice | null = to ? { kind: "removed", to, workspace, actorName: change.actorName } : null;
  return { notice };
}
