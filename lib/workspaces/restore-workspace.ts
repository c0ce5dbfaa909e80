import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { workspaces } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { AppError } from "@/lib/errors";

/**
 * workspace:restore (owner only): a workspace scheduled for deletion serves its members again. Its memberships, roles,
 * invitations, invite links and tokens were never touched, so clearing the schedule brings back all that is still live
 * (an invitation or token that expired meanwhile stays expired). A workspace not scheduled for deletion: CONFLICT.
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
