import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { workspaceLogos, workspaces } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";

/** workspace:update (owner, manager): removes the logo (the workspace's initials show again). Removing none changes nothing. */
export async function removeLogo(caller: Caller, slug: string): Promise<{ removed: boolean }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "workspace:update", { lock: true });
    const removed = await tx.delete(workspaceLogos).where(eq(workspaceLogos.workspaceId, workspace.id)).returning({ id: workspaceLogos.workspaceId });
    if (removed.length === 0) return { removed: false };
    await tx.update(workspaces).set({ logoVersion: null }).where(eq(workspaces.id, workspace.id));
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "workspace.logo_removed",
      target: { type: "workspace", id: workspace.id, label: workspace.slug },
    });
    return { removed: true };
  });
}
