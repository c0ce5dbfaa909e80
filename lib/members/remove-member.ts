import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { apiTokens, invitations, memberRemovals, memberships } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { actorName, callerActor, type Caller } from "@/lib/auth/caller";
import { assertCanManageMember, assertNotLastOwner } from "@/lib/auth/rules";
import { AppError } from "@/lib/errors";
import { pauseGithubLinkOf } from "@/lib/auto-join/pause-github-link";
import { revokeInvitesSentBy } from "@/lib/invitations/revoke-invites-sent-by";
import { parseInput } from "@/lib/validation";
import { countActiveOwners } from "./count-active-owners";
import { getTargetMember } from "./get-target-member";
import { notifyMember } from "./notify-member";
import { removeMemberSchema } from "./schemas";

/**
 * members:remove. Owners remove anyone but the last owner; managers remove non-owners. Removing yourself is "leave".
 * The removed member's tokens for this workspace, pending email invitation, and the invite links and invitations they
 * created are revoked, a GitHub organization link they made pauses; access ends on their next request. The removal is recorded: only a new email invitation brings
 * them back (invite links and auto-join refuse them). A person removed is emailed once the removal committed.
 */
export async function removeMember(caller: Caller, slug: string, input: unknown) {
  const data = parseInput(removeMemberSchema, input);
  const db = await getDb();
  const { notice, ...result } = await db.transaction(async (tx) => {
    const { workspace, role: actorRole } = await authorize(tx, caller, slug, "members:remove", { lock: true });
    const target = await getTargetMember(tx, workspace.id, data.userId);
    if (target.userId === caller.userId) throw new AppError("FORBIDDEN", "To remove yourself, leave the workspace.");
    assertCanManageMember(actorRole, target.role);
    if (target.role === "owner" && target.active) assertNotLastOwner(await countActiveOwners(tx, workspace.id), target.role);
    await tx.delete(memberships).where(eq(memberships.id, target.membershipId));
    await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.workspaceId, workspace.id), eq(apiTokens.userId, target.userId), isNull(apiTokens.revokedAt)));
    await tx
      .insert(memberRemovals)
      .values({ workspaceId: workspace.id, userId: target.userId, removedBy: caller.userId })
      .onConflictDoUpdate({ target: [memberRemovals.workspaceId, memberRemovals.userId], set: { removedBy: caller.userId, removedAt: new Date() } });
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: target.serviceAccount ? "service_account.removed" : "member.removed",
      target: { type: "user", id: target.userId, label: target.label },
      metadata: { role: target.role },
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
          actor: callerActor(caller),
          action: "invitation.revoked",
          target: { type: "invitation", id: invitation.id, label: invitation.email },
          metadata: { role: invitation.role, reason: "member.removed" },
        });
      }
    }
    await revokeInvitesSentBy(tx, workspace.id, target.userId, callerActor(caller), "member.removed");
    await pauseGithubLinkOf(tx, workspace.id, target.userId, callerActor(caller), "member.removed");
    const notice = target.email && !target.serviceAccount ? { kind: "removed" as const, to: target.email, workspace, actorName: actorName(caller) } : null;
    return { userId: target.userId, notice };
  });
  if (notice) await notifyMember(notice);
  return result;
}
