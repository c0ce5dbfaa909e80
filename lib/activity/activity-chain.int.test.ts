import { afterAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { activityChains, activityEvents } from "@/db/schema";
import { eventsOf, expectAppError, makeTeam, makeUser, makeWorkspace } from "@/lib/testing/factories";
import { renameWorkspace } from "@/lib/workspaces/rename-workspace";
import { canonicalJson, contentAround } from "./event-hash";
import { recordActivity } from "./record-activity";
import { verifyActivity } from "./verify-activity";

afterAll(() => closeDb());

describe("the activity hash chain", () => {
  it("cuts the canonical JSON exactly around the time and sequence number the database fills in", () => {
    const content = { workspaceId: "w", action: "a.b", actor: { type: "user", id: null, label: 'é"\n\u0001' }, target: null, metadata: { z: [1, { y: 2, b: null }], a: "x" } };
    const { head, middle, tail } = contentAround(content);
    expect(head + "2026-01-02T03:04:05.123456Z" + middle + "42" + tail).toBe(canonicalJson({ ...content, seq: 42, createdAt: "2026-01-02T03:04:05.123456Z" }));
    expect(canonicalJson({ b: 1, a: { d: undefined, c: [true] } })).toBe('{"a":{"c":[true]},"b":1}');
  });

  it("links every event of a workspace; verify finds it intact, then points to exactly the event edited in the database", async () => {
    const team = await makeTeam();
    for (const name of ["One", "Two", "Three", "Four"]) await renameWorkspace(team.owner.caller, team.slug, { displayName: name });
    const events = await eventsOf(team.workspace.id);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(events[0].prevHash).toBe("0".repeat(64));
    for (let i = 1; i < events.length; i++) expect(events[i].prevHash).toBe(events[i - 1].hash);
    const ok = await verifyActivity(team.manager.caller, team.slug);
    expect(ok).toMatchObject({ intact: true, checked: 5, anchor: { seq: 0 }, head: { seq: 5, hash: events[4].hash }, firstBreak: null });

    const db = await getDb();
    const edited = events[2];
    await db.update(activityEvents).set({ targetLabel: "someone-else" }).where(eq(activityEvents.id, edited.id));
    const broken = await verifyActivity(team.owner.caller, team.slug);
    expect(broken).toMatchObject({ intact: false, checked: 2, firstBreak: { id: edited.id, seq: 3, createdAt: edited.createdAt } });
    expect(broken.firstBreak?.reason).toMatch(/changed/);

    // Restored, the chain is whole again; a metadata edit and a re-dated event are found too.
    await db.update(activityEvents).set({ targetLabel: edited.targetLabel }).where(eq(activityEvents.id, edited.id));
    expect((await verifyActivity(team.owner.caller, team.slug)).intact).toBe(true);
    await db.update(activityEvents).set({ metadata: { from: "One", to: "Tw0" } }).where(eq(activityEvents.id, events[3].id));
    expect((await verifyActivity(team.owner.caller, team.slug)).firstBreak).toMatchObject({ id: events[3].id, seq: 4 });
    await db.update(activityEvents).set({ metadata: events[3].metadata }).where(eq(activityEvents.id, events[3].id));
    await db.execute(sql`update activity_events set created_at = created_at - interval '1 microsecond' where id = ${events[1].id}`);
    expect((await verifyActivity(team.owner.caller, team.slug)).firstBreak).toMatchObject({ id: events[1].id, seq: 2 });
    await db.execute(sql`update activity_events set created_at = created_at + interval '1 microsecond' where id = ${events[1].id}`);
    expect((await verifyActivity(team.owner.caller, team.slug)).intact).toBe(true);
  });

  it("finds a deleted event, a deleted newest event and an event inserted outside the chain", async () => {
    const owner = await makeUser("deleter");
    const [ws, other] = [await makeWorkspace(owner), await makeWorkspace(owner)];
    for (const slug of [ws.slug, other.slug]) for (const name of ["A", "B", "C"]) await renameWorkspace(owner.caller, slug, { displayName: name });
    const db = await getDb();
    const events = await eventsOf(ws.id);
    await db.delete(activityEvents).where(eq(activityEvents.id, events[1].id));
    expect((await verifyActivity(owner.caller, ws.slug)).firstBreak).toMatchObject({ id: events[2].id, seq: 3 });

    const others = await eventsOf(other.id);
    await db.delete(activityEvents).where(eq(activityEvents.id, others[3].id));
    expect(await verifyActivity(owner.caller, other.slug)).toMatchObject({ intact: false, checked: 3, firstBreak: { id: null, seq: 4 } });
    await renameWorkspace(owner.caller, other.slug, { displayName: "D" });
    expect((await verifyActivity(owner.caller, other.slug)).firstBreak).toMatchObject({ seq: 5 });

    const third = await makeWorkspace(owner);
    const [forged] = await db
      .insert(activityEvents)
      .values({ workspaceId: third.id, actorLabel: "nobody", action: "member.removed" })
      .returning({ id: activityEvents.id });
    expect((await verifyActivity(owner.caller, third.slug)).firstBreak).toMatchObject({ id: forged.id, seq: null });
  });

  it("keeps one valid chain under concurrent mutations in one workspace, locked by the caller or not", async () => {
    const team = await makeTeam();
    const db = await getDb();
    const actor = { type: "system" as const, id: null, label: "Roster" };
    await Promise.all([
      ...Array.from({ length: 12 }, (_, i) => renameWorkspace(team.owner.caller, team.slug, { displayName: `Name ${i}` })),
      // Sweeps and sign-in flows record without the workspace lock: the chain's head row orders them.
      ...Array.from({ length: 12 }, (_, i) =>
        db.transaction((tx) => recordActivity(tx, { workspaceId: team.workspace.id, actor, action: "member.access_ended", metadata: { i, text: `ü ${i} "q"` } })),
      ),
    ]);
    const events = await eventsOf(team.workspace.id);
    expect(events).toHaveLength(25);
    expect([...events.map((e) => e.seq!)].sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    const result = await verifyActivity(team.owner.caller, team.slug);
    expect(result).toMatchObject({ intact: true, checked: 25, head: { seq: 25 } });
    const [chain] = await db.select().from(activityChains).where(eq(activityChains.workspaceId, team.workspace.id));
    expect(chain.seq).toBe(25);
  });

  it("a rolled-back event leaves no gap", async () => {
    const owner = await makeUser("rollback");
    const ws = await makeWorkspace(owner);
    const db = await getDb();
    await expect(
      db.transaction(async (tx) => {
        await recordActivity(tx, { workspaceId: ws.id, actor: { type: "system", id: null, label: "Roster" }, action: "member.access_ended" });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await renameWorkspace(owner.caller, ws.slug, { displayName: "After" });
    const events = await db.select().from(activityEvents).where(and(eq(activityEvents.workspaceId, ws.id)));
    expect(events.map((e) => e.seq).sort()).toEqual([1, 2]);
    expect((await verifyActivity(owner.caller, ws.slug)).intact).toBe(true);
  });

  it("owners and managers verify; members, viewers and outsiders are refused", async () => {
    const team = await makeTeam();
    expect((await verifyActivity(team.owner.caller, team.slug)).intact).toBe(true);
    await expectAppError(verifyActivity(team.member.caller, team.slug), "FORBIDDEN");
    await expectAppError(verifyActivity(team.viewer.caller, team.slug), "FORBIDDEN");
    await expectAppError(verifyActivity(team.outsider.caller, team.slug), "NOT_FOUND");
  });
});
