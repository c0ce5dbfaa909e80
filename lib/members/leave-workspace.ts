import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { assertCanLeaveWorkspace, assertMayLeave } from "@/lib/auth/rules";
import { countActiveOwners } from "./count-active-owners";
import { endMembership } from "./end-membership";

/**
 * Any member leaves a shared workspace, except its last owner (who transfers ownership or deletes it): assertCanLeaveWorkspace;
 * signed in or through one of their tokens, never a service account (assertMayLeave).
 * Their tokens, invite links and pending invitations sent for it are revoked. Leaving is not a removal: they may
 * come back any way.
 */
export async function leaveWorkspace(caller: Caller, slug: string) {
  assertMayLeave(caller);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace, membershipId } = await authorize(tx, caller, slug, "workspace:read", { lock: true });
    const [own] = await tx.select({ role: memberships.role }).from(memberships).where(eq(memberships.id, membershipId));
    assertCanLeaveWorkspace(workspace, own.role, own.role === "owner" && !workspace.personal ? await countActiveOwners(tx, workspace.id) : 0);
    await endMembership(tx, { workspaceId: workspace.id, membershipId, userId: caller.userId, label: caller.label, role: own.role }, callerActor(caller), "member.left");
    return { slug: workspace.slug };
  });
}
