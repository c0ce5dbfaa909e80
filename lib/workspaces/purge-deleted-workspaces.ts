import "server-only";
import { and, isNotNull, lte, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { workspaces } from "@/db/schema";
import { lockActivityChains } from "@/lib/activity/lock-activity-chains";
import { recordActivity } from "@/lib/activity/record-activity";
import { SYSTEM_ACTOR } from "@/lib/domains/recheck-domain";

/**
 * The purge sweep: deletes for good every workspace whose restore period (purge_at) has passed, with its memberships,
 * invitations, invite links and tokens (foreign keys cascade), and records workspace.deleted by the system for each
 * (the trail outlives the workspace). One DELETE ... RETURNING: two server processes sweeping at once each delete a
 * disjoint set (a row another deleted is skipped), so none is purged or recorded twice.
 */
export async function purgeDeletedWorkspaces(): Promise<{ purged: string[] }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const purged = await tx
      .delete(workspaces)
      .where(and(isNotNull(workspaces.deletedAt), lte(workspaces.purgeAt, sql`now()`)))
      .returning({ id: workspaces.id, slug: workspaces.slug, displayName: workspaces.displayName });
    await lockActivityChains(tx, purged.map((w) => w.id));
    for (const w of purged) {
      await recordActivity(tx, {
        workspaceId: w.id,
        actor: SYSTEM_ACTOR,
        action: "workspace.deleted",
        target: { type: "workspace", id: w.id, label: w.slug },
        metadata: { displayName: w.displayName, reason: "restore_period_ended" },
      });
    }
    return { purged: purged.map((w) => w.slug) };
  });
}
