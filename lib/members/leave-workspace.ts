import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { apiTokens, memberships } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { assertCanLeaveWorkspace } from "@/lib/auth/rules";
import { revokeInvitesSentBy } from "@/lib/invitations/revoke-invites-sent-by";
import { countOwners } from "./count-owners";

/**
 * Any member leaves a shared workspace, except its last owner (who transfers ownership or deletes it). Their tokens,
 * invite links and pending invitations sent for it are revoked. Leaving is not a removal: they may come back any way.
 */
export async function leaveWorkspace(caller: Caller, slug: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace, membershipId } = await authorize(tx, caller, slug, "workspace:read", { lock: true });
    const [own] = await tx.select({ role: memberships.role }).from(memberships).where(eq(memberships.id, membershipId));
    assertCanLeaveWorkspace(workspace, own.role, own.role === "owner" ? await countOwners(tx, workspace.id) : 0);
    await tx.delete(memberships).where(eq(memberships.id, membershipId));
    await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.workspaceId, workspace.id), eq(apiTokens.userId, caller.userId), isNull(apiTokens.revokedAt)));
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "member.left",
      target: { type: "user", id: caller.userId, label: caller.label },
      metadata: { role: own.role },
    });
    await revokeInvitesSentBy(tx, workspace.id, caller.userId, callerActor(caller), "member.left");
    return { slug: workspace.slug };
  });
}
