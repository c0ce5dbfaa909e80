import "server-only";
import { and, asc, eq, gt, isNull, lte, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { activityChains, activityEvents, CHAIN_GENESIS } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";
import { eventHash } from "./event-hash";
import { HASHED_TIME } from "./record-activity";

const BATCH = 1000;

export type ChainBreak = {
  id: number | null;
  seq: number | null;
  createdAt: Date | null;
  /** What does not match, in words. */
  reason: string;
};

export type ChainVerification = {
  intact: boolean;
  /** How many events were recomputed. */
  checked: number;
  /** Where the kept chain starts: its first event's prev_hash is trusted as this hash (older events were pruned, or predate the chain). */
  anchor: { seq: number; hash: string };
  /** The last event the chain's head records when the check started (events recorded meanwhile are not checked). */
  head: { seq: number; hash: string } | null;
  /** The first event that does not match, or null when the chain is intact. */
  firstBreak: ChainBreak | null;
};

/**
 * activity:read (owner, manager): recomputes the workspace's hash chain from its anchor to its head, a batch of
 * events at a time (keyset on the sequence number), and reports the first event whose sequence number, prev_hash or
 * hash does not match: an edited, deleted, inserted or reordered event.
 */
export async function verifyActivity(caller: Caller, slug: string): Promise<ChainVerification> {
  const db = await getDb();
  const { workspace } = await authorize(db, caller, slug, "activity:read");
  const [chain] = await db.select().from(activityChains).where(eq(activityChains.workspaceId, workspace.id));
  const anchor = { seq: chain?.anchorSeq ?? 0, hash: chain?.anchorHash ?? CHAIN_GENESIS };
  const result = (checked: number, firstBreak: ChainBreak | null): ChainVerification => ({
    intact: !firstBreak,
    checked,
    anchor,
    head: chain ? { seq: chain.seq, hash: chain.hash } : null,
    firstBreak,
  });
  // An event outside the chain (no sequence number, not one recorded before the chain existed) was inserted by hand.
  const [outside] = await db
    .select({ id: activityEvents.id, createdAt: activityEvents.createdAt })
    .from(activityEvents)
    .where(and(eq(activityEvents.workspaceId, workspace.id), isNull(activityEvents.seq)))
    .orderBy(asc(activityEvents.id))
    .limit(1);
  if (outside) return result(0, { id: outside.id, seq: null, createdAt: outside.createdAt, reason: "The event is not in the chain (it has no sequence number)." });
  if (!chain) return result(0, null);

  let prev = { seq: anchor.seq, hash: anchor.hash };
  let checked = 0;
  for (;;) {
    const rows = await db
      .select({
        id: activityEvents.id,
        seq: activityEvents.seq,
        prevHash: activityEvents.prevHash,
        hash: activityEvents.hash,
        action: activityEvents.action,
        actorType: activityEvents.actorType,
        actorId: activityEvents.actorId,
        actorLabel: activityEvents.actorLabel,
        targetType: activityEvents.targetType,
        targetId: activityEvents.targetId,
        targetLabel: activityEvents.targetLabel,
        metadata: activityEvents.metadata,
        createdAt: activityEvents.createdAt,
        hashedTime: sql<string>`${HASHED_TIME(sql`${activityEvents.createdAt}`)}`,
      })
      .from(activityEvents)
      .where(and(eq(activityEvents.workspaceId, workspace.id), gt(activityEvents.seq, prev.seq), lte(activityEvents.seq, chain.seq)))
      .orderBy(asc(activityEvents.seq))
      .limit(BATCH);
    for (const r of rows) {
      const at = (reason: string) => result(checked, { id: r.id, seq: r.seq, createdAt: r.createdAt, reason });
      if (r.seq !== prev.seq + 1) {
        return result(checked, { id: r.id, seq: r.seq, createdAt: r.createdAt, reason: `Events ${prev.seq + 1} to ${r.seq! - 1} are missing before this one.` });
      }
      if (r.prevHash !== prev.hash) return at(prev.seq === anchor.seq ? "Its prev_hash is not the anchor's hash." : "Its prev_hash is not the previous event's hash.");
      const expected = eventHash(r.prevHash, {
        workspaceId: workspace.id,
        seq: r.seq,
        action: r.action,
        actor: { type: r.actorType, id: r.actorId, label: r.actorLabel },
        target: r.targetType === null && r.targetId === null && r.targetLabel === null ? null : { type: r.targetType!, id: r.targetId, label: r.targetLabel },
        metadata: r.metadata,
        createdAt: r.hashedTime,
      });
      if (r.hash !== expected) return at("Its content does not match its hash (the event was changed).");
      checked++;
      prev = { seq: r.seq, hash: r.hash };
    }
    if (rows.length < BATCH) break;
  }
  if (prev.seq !== chain.seq || prev.hash !== chain.hash) {
    return result(checked, { id: null, seq: prev.seq + 1, createdAt: null, reason: `The chain's head records ${chain.seq - prev.seq} more event(s) after ${prev.seq}: they were deleted.` });
  }
  return result(checked, null);
}
