import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { apiTokens, memberships, type Role } from "@/db/schema";
import { recordActivity, type Actor } from "@/lib/activity/record-activity";
import { pauseGithubLinkOf } from "@/lib/auto-join/pause-github-link";
import { revokeInvitesSentBy } from "@/lib/invitations/revoke-invites-sent-by";

export type EndingMembership = { workspaceId: string; membershipId: string; userId: string; label: string; role: Role };

/**
 * A person's own way out of a workspace (leaving it, or deleting their account), inside the caller's transaction after
 * the workspace lock and assertCanLeaveWorkspace: the membership goes, their tokens for it are revoked, one event records it,
 * the invite links and pending invitations they created are revoked (one event each), and a GitHub link they made pauses.
 */
export async function endMembership(tx: Tx, member: EndingMembership, actor: Actor, action: "member.left" | "member.account_deleted") {
  await tx.delete(memberships).where(eq(memberships.id, member.membershipId));
  await tx
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.workspaceId, member.workspaceId), eq(apiTokens.userId, member.userId), isNull(apiTokens.revokedAt)));
  await recordActivity(tx, {
    workspaceId: member.workspaceId,
    actor,
    action,
    target: { type: "user", id: member.userId, label: member.label },
    metadata: { role: member.role },
  });
  await revokeInvitesSentBy(tx, member.workspaceId, member.userId, actor, action);
  await pauseGithubLinkOf(tx, member.workspaceId, member.userId, actor, action);
}
