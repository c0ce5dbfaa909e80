import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { workspaces } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { assertNotPersonal } from "@/lib/auth/rules";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { deleteWorkspaceSchema } from "./schemas";

/**
 * workspace:delete (owner only), never a personal workspace; the caller types the slug to confirm.
 * By default the deletion is scheduled: the workspace stops serving its members and tokens at once (membershipGivesAccess),
 * keeps its slug, and its owners may restore it for WORKSPACE_RESTORE_DAYS, after which purgeDeletedWorkspaces deletes
 * it. Nothing is revoked, so a restore brings everything back. `permanent` deletes it now: memberships, invitations,
 * invite links and tokens go with it (foreign keys cascade) in one transaction.
 */
export async function deleteWorkspace(caller: Caller, slug: string, input: unknown): Promise<{ slug: string; purgeAt: Date | null }> {
  const data = parseInput(deleteWorkspaceSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "workspace:delete", { lock: true });
    assertNotPersonal(workspace, "deleted");
    if (data.confirmSlug.trim() !== workspace.slug) {
      throw new AppError("VALIDATION", `Type "${workspace.slug}" to confirm.`, { confirmSlug: [`Type "${workspace.slug}" to confirm.`] });
    }
    const target = { type: "workspace", id: workspace.id, label: workspace.slug };
    if (data.permanent) {
      await recordActivity(tx, { workspaceId: workspace.id, actor: callerActor(caller), action: "workspace.deleted", target, metadata: { displayName: workspace.displayName } });
      await tx.delete(workspaces).where(eq(workspaces.id, workspace.id));
      return { slug: workspace.slug, purgeAt: null };
    }
    const days = getEnv().WORKSPACE_RESTORE_DAYS;
    // The database's clock, like every check of deleted_at and purge_at.
    const [scheduled] = await tx
      .update(workspaces)
      .set({ deletedAt: sql`now()`, deletedBy: caller.userId, purgeAt: sql`now() + make_interval(days => ${days})` })
      .where(eq(workspaces.id, workspace.id))
      .returning({ purgeAt: workspaces.purgeAt });
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "workspace.deletion_scheduled",
      target,
      metadata: { displayName: workspace.displayName, purgeAt: scheduled.purgeAt!.toISOString() },
    });
    return { slug: workspace.slug, purgeAt: scheduled.purgeAt };
  });
}
