import "server-only";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, users, workspaces } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { AppError } from "@/lib/errors";
import { assertOwnershipQuota } from "@/lib/quotas/assert-ownership-quota";

/**
 * workspace:restore (owner only): a workspace scheduled for deletion serves its members again. Its memberships, roles,
 * invitations, invite links and tokens were never touched, so clearing the schedule brings back all that is still live
 * (an invitation or token that expired meanwhile stays expired), within each owner's MAX_OWNED_WORKSPACES (the
 * scheduled deletion freed their slot). A workspace not scheduled for deletion: CONFLICT.
 */
export async function restoreWorkspace(caller: Caller, slug: string): Promise<{ slug: string }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "workspace:restore", { lock: true, includeDeleted: true });
    const [restored] = await tx
      .update(workspaces)
      .set({ deletedAt: null, deletedBy: null, purgeAt: null })
      .where(and(eq(workspaces.id, workspace.id), isNotNull(workspaces.deletedAt)))
      .returning({ id: workspaces.id });
    if (!restored) throw new AppError("CONFLICT", "This workspace is not scheduled for deletion.");
    // Its owners get it back within MAX_OWNED_WORKSPACES (a scheduled deletion freed the slot; updated first, so it counts now).
    const owners = await tx
      .select({ userId: memberships.userId, email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.workspaceId, workspace.id), eq(memberships.role, "owner")))
      .orderBy(asc(memberships.userId));
    for (const owner of owners) {
      await assertOwnershipQuota(tx, owner.userId, { who: owner.userId === caller.userId ? "you" : (owner.email ?? owner.userId), exceptWorkspaceId: workspace.id });
    }
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "workspace.restored",
      target: { type: "workspace", id: workspace.id, label: workspace.slug },
      metadata: { displayName: workspace.displayName },
    });
    return { slug: workspace.slug };
  });
}
