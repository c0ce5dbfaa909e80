import "server-only";
import { sql } from "drizzle-orm";
import { executeRows, getDb } from "@/db/client";

/** Events one statement prunes per workspace at most (each statement stays well inside the statement timeout). */
const BATCH = 5000;

/**
 * The retention sweep (ACTIVITY_RETENTION_DAYS): deletes each workspace's events older than the retention period, oldest
 * first along the chain, and moves the chain's anchor to the last deleted event, so the first kept event's prev_hash
 * is the anchor's hash and the kept chain still verifies. It stops at the first event in chain order that is recent
 * enough (an event a few microseconds older that committed after it is kept too). Several processes may sweep at once:
 * the anchor's update locks the chain's head row, and a second sweep finds nothing left to move.
 */
export async function pruneActivity(retentionDays: number, options: { now?: Date; workspaceId?: string } = {}): Promise<{ pruned: number }> {
  const now = options.now ?? new Date();
  // One workspace only (tests, which share a database with others running at once): else every workspace.
  const only = options.workspaceId ? sql`and c.workspace_id = ${options.workspaceId}::uuid` : sql``;
  const db = await getDb();
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  let pruned = 0;
  for (;;) {
    const [{ n }] = await executeRows<{ n: string | number }>(
      db,
      sql`with cut as (
            select c.workspace_id,
                   least(${BATCH}::bigint + c.anchor_seq, coalesce(
                     (select e.seq - 1 from activity_events e where e.workspace_id = c.workspace_id and e.seq > c.anchor_seq and e.created_at >= ${cutoff}::timestamptz order by e.seq limit 1),
                     c.seq)) as through
            from activity_chains c
            where (select e.created_at from activity_events e where e.workspace_id = c.workspace_id and e.seq = c.anchor_seq + 1) < ${cutoff}::timestamptz ${only}
          ), moved as (
            update activity_chains c set anchor_seq = cut.through, anchor_hash = e.hash
            from cut join activity_events e on e.workspace_id = cut.workspace_id and e.seq = cut.through
            where c.workspace_id = cut.workspace_id and e.hash is not null and cut.through > c.anchor_seq
            returning c.workspace_id, c.anchor_seq
          ), deleted as (
            delete from activity_events e using moved where e.workspace_id = moved.workspace_id and e.seq <= moved.anchor_seq
            returning 1
          )
          select count(*) as n from deleted`,
    );
    pruned += Number(n);
    if (Number(n) === 0) break;
  }
  // Events recorded before the chain existed (below the anchor the migration set, not hashed): by their date.
  const [{ n }] = await executeRows<{ n: string | number }>(
    db,
    sql`with deleted as (
          delete from activity_events e using activity_chains c
          where e.workspace_id = c.workspace_id and e.seq <= c.anchor_seq and e.created_at < ${cutoff}::timestamptz ${only}
          returning 1
        )
        select count(*) as n from deleted`,
  );
  return { pruned: pruned + Number(n) };
}
