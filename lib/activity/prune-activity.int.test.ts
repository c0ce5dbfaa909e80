import { afterAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { activityChains, activityEvents } from "@/db/schema";
import { eventsOf, makeUser, makeWorkspace } from "@/lib/testing/factories";
import { renameWorkspace } from "@/lib/workspaces/rename-workspace";
import { pruneActivity } from "./prune-activity";
import { verifyActivity } from "./verify-activity";

afterAll(() => closeDb());

// created_at is hashed, so events are never re-dated here: the sweep is run with a `now` in the future instead.
const DAY = 86_400_000;

describe("pruneActivity (ACTIVITY_RETENTION_DAYS)", () => {
  it("deletes events past the retention along the chain, anchors the chain at the last deleted one, and verify still passes", async () => {
    const owner = await makeUser("pruner");
    const ws = await makeWorkspace(owner);
    for (const name of ["A", "B"]) await renameWorkspace(owner.caller, ws.slug, { displayName: name });
    // Events 3 and 4 at least 4 ms apart, so a millisecond cutoff falls strictly between them.
    const mark = Date.now();
    while (Date.now() < mark + 4) await new Promise((resolve) => setImmediate(resolve));
    for (const name of ["C", "D"]) await renameWorkspace(owner.caller, ws.slug, { displayName: name });
    const events = await eventsOf(ws.id);
    expect(events).toHaveLength(5);
    const db = await getDb();
    // The sweep runs "30 days later", just after event 3: events 1 to 3 are past the retention, 4 and 5 are not.
    const cutoff = new Date(events[2].createdAt.getTime() + 2);
    const retentionDays = 30;
    const now = new Date(cutoff.getTime() + retentionDays * DAY);
    expect(events[3].createdAt.getTime()).toBeGreaterThan(cutoff.getTime());

    const { pruned } = await pruneActivity(retentionDays, { now, workspaceId: ws.id });
    expect(pruned).toBe(3);
    const kept = await eventsOf(ws.id);
    expect(kept.map((e) => e.seq)).toEqual([4, 5]);
    const [chain] = await db.select().from(activityChains).where(eq(activityChains.workspaceId, ws.id));
    expect(chain).toMatchObject({ anchorSeq: 3, anchorHash: events[2].hash, seq: 5 });
    expect(kept[0].prevHash).toBe(chain.anchorHash);
    const verified = await verifyActivity(owner.caller, ws.slug);
    expect(verified).toMatchObject({ intact: true, checked: 2, anchor: { seq: 3, hash: events[2].hash }, head: { seq: 5 } });

    // A second sweep finds nothing; new events extend the kept chain; an edit after pruning is still found.
    expect((await pruneActivity(retentionDays, { now, workspaceId: ws.id })).pruned).toBe(0);
    await renameWorkspace(owner.caller, ws.slug, { displayName: "E" });
    expect(await verifyActivity(owner.caller, ws.slug)).toMatchObject({ intact: true, checked: 3 });
    await db.update(activityEvents).set({ actorLabel: "someone else" }).where(eq(activityEvents.id, kept[0].id));
    expect((await verifyActivity(owner.caller, ws.slug)).firstBreak).toMatchObject({ id: kept[0].id, seq: 4 });
  });

  it("prunes everything past the retention, leaving an empty chain that verifies and continues", async () => {
    const owner = await makeUser("pruneall");
    const ws = await makeWorkspace(owner);
    await renameWorkspace(owner.caller, ws.slug, { displayName: "Old" });
    const before = await eventsOf(ws.id);
    await pruneActivity(1, { now: new Date(Date.now() + 2 * DAY), workspaceId: ws.id });
    expect(await eventsOf(ws.id)).toEqual([]);
    expect(await verifyActivity(owner.caller, ws.slug)).toMatchObject({ intact: true, checked: 0, anchor: { seq: 2, hash: before[1].hash } });
    await renameWorkspace(owner.caller, ws.slug, { displayName: "New" });
    expect(await verifyActivity(owner.caller, ws.slug)).toMatchObject({ intact: true, checked: 1, anchor: { seq: 2 }, head: { seq: 3 } });
  });

  it("keeps everything inside the retention", async () => {
    const owner = await makeUser("keeper");
    const ws = await makeWorkspace(owner);
    await renameWorkspace(owner.caller, ws.slug, { displayName: "Kept" });
    await pruneActivity(30, { workspaceId: ws.id });
    expect((await eventsOf(ws.id)).map((e) => e.seq)).toEqual([1, 2]);
  });

  it("events from before the chain (numbered by the migration, not hashed) sit below the anchor: verify starts after them, the sweep prunes them by date", async () => {
    const owner = await makeUser("legacy");
    const ws = await makeWorkspace(owner);
    const db = await getDb();
    // The state migration 0011 leaves: the workspace.created event becomes a legacy event, numbered, unhashed, under the anchor.
    await db.delete(activityChains).where(eq(activityChains.workspaceId, ws.id));
    await db.update(activityEvents).set({ seq: 1, prevHash: null, hash: null }).where(eq(activityEvents.workspaceId, ws.id));
    await db.insert(activityChains).values({ workspaceId: ws.id, seq: 1, hash: "0".repeat(64), prevHash: "0".repeat(64), anchorSeq: 1, anchorHash: "0".repeat(64) });
    await renameWorkspace(owner.caller, ws.slug, { displayName: "After the migration" });
    expect(await verifyActivity(owner.caller, ws.slug)).toMatchObject({ intact: true, checked: 1, anchor: { seq: 1, hash: "0".repeat(64) }, head: { seq: 2 } });
    // An edit of the legacy event is outside what the chain proves; an edit of the chained one is found.
    await db.update(activityEvents).set({ targetLabel: "edited" }).where(and(eq(activityEvents.workspaceId, ws.id), eq(activityEvents.seq, 1)));
    expect((await verifyActivity(owner.caller, ws.slug)).intact).toBe(true);
    const { pruned } = await pruneActivity(1, { now: new Date(Date.now() + 2 * DAY), workspaceId: ws.id });
    expect(pruned).toBe(2);
    expect(await eventsOf(ws.id)).toEqual([]);
    expect(await verifyActivity(owner.caller, ws.slug)).toMatchObject({ intact: true, checked: 0, anchor: { seq: 2 } });
  });
});
