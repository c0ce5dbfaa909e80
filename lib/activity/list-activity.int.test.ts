import { afterAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { closeDb, executeRows, getDb } from "@/db/client";
import { activityEvents } from "@/db/schema";
import { expectAppError, makeUser, makeWorkspace, makeWorkspaceWith } from "@/lib/testing/factories";
import { renameWorkspace } from "@/lib/workspaces/rename-workspace";
import { listActivity } from "./list-activity";

afterAll(() => closeDb());

describe("listActivity", () => {
  it("owners and managers read it; members, viewers and outsiders do not", async () => {
    const [owner, manager, member, viewer, outsider] = await Promise.all(["o", "m", "mem", "v", "out"].map((n) => makeUser(n)));
    const ws = await makeWorkspaceWith(owner, [
      [manager, "manager"],
      [member, "member"],
      [viewer, "viewer"],
    ]);
    await renameWorkspace(manager.caller, ws.slug, { displayName: "Renamed" });
    const page = await listActivity(manager.caller, ws.slug);
    expect(page.events.map((e) => e.action)).toEqual(["workspace.renamed", "workspace.created"]);
    expect(page.events[0]).toMatchObject({
      actor: { type: "user", id: manager.id, label: manager.email, token: null },
      target: { type: "workspace", id: ws.id, label: ws.slug },
      metadata: { from: "Acme", to: "Renamed" },
    });
    expect(page.nextCursor).toBeNull();
    await expectAppError(listActivity(member.caller, ws.slug), "FORBIDDEN");
    await expectAppError(listActivity(viewer.caller, ws.slug), "FORBIDDEN");
    await expectAppError(listActivity(outsider.caller, ws.slug), "NOT_FOUND");
    await expectAppError(listActivity(owner.caller, ws.slug, { limit: 0 }), "VALIDATION");
    await expectAppError(listActivity(owner.caller, ws.slug, { cursor: "bm9wZQ" }), "VALIDATION");
    await expectAppError(listActivity(owner.caller, ws.slug, { cursor: "!!" }), "VALIDATION");
    // The right shape but an impossible instant or id: refused before SQL (PostgreSQL would fail with a 500).
    const cursorOf = (text: string) => Buffer.from(text, "utf8").toString("base64url");
    for (const text of ["9999-99-99 99:99:99+00|1", "2026-02-30 10:00:00+00|1", "2026-01-01 10:00:00+99|1", "2026-01-01 10:00:00+00|99999999999999999", "2026-01-01 10:00:00+00|1|2"]) {
      await expectAppError(listActivity(owner.caller, ws.slug, { cursor: cursorOf(text) }), "VALIDATION");
    }
    expect((await listActivity(owner.caller, ws.slug, { cursor: cursorOf("2999-12-31 23:59:59.999999+00|1") })).events).toHaveLength(2);
  });

  it("pages with a keyset cursor without gaps or repeats, even when events share a timestamp; filters by action and actor", async () => {
    const owner = await makeUser("pager");
    const other = await makeUser("other");
    const ws = await makeWorkspace(owner);
    const db = await getDb();
    // 120 events in one statement: they all share created_at (now() is the transaction's time).
    await db.insert(activityEvents).values(
      Array.from({ length: 120 }, (_, i) => ({
        workspaceId: ws.id,
        actorId: i % 3 === 0 ? other.id : owner.id,
        actorType: "user" as const,
        actorLabel: i % 3 === 0 ? other.email : owner.email,
        action: i % 2 === 0 ? "member.role_changed" : "member.removed",
        targetType: "user",
        targetId: `t${i}`,
        targetLabel: `target ${i}`,
      })),
    );
    const seen: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listActivity(owner.caller, ws.slug, { limit: 25, cursor });
      seen.push(...page.events.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(5);
    expect(seen).toHaveLength(121);
    expect(new Set(seen).size).toBe(121);
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);

    const removed = await listActivity(owner.caller, ws.slug, { action: "member.removed", limit: 100 });
    expect(removed.events).toHaveLength(60);
    expect(removed.events.every((e) => e.action === "member.removed")).toBe(true);
    const byOther = await listActivity(owner.caller, ws.slug, { actor: other.id, limit: 100 });
    expect(byOther.events).toHaveLength(40);
    const both = await listActivity(owner.caller, ws.slug, { actor: other.id, action: "member.role_changed", limit: 100 });
    expect(both.events).toHaveLength(20);
    expect((await listActivity(owner.caller, ws.slug, { action: "nothing.here" })).events).toEqual([]);
  });

  it("stays fast at 100,000 events: one index range scan per page", async () => {
    const owner = await makeUser("big");
    const ws = await makeWorkspace(owner);
    const db = await getDb();
    await db.execute(sql`
      insert into activity_events (workspace_id, actor_id, actor_type, actor_label, action, target_type, target_id, target_label, created_at)
      select ${ws.id}, ${owner.id}, 'user', ${owner.email},
             case when g % 10 = 0 then 'member.removed' else 'member.role_changed' end, 'user', 'u' || g, 'user ' || g,
             now() - (g || ' seconds')::interval
      from generate_series(1, 100000) g`);
    await db.execute(sql`analyze activity_events`);
    let cursor: string | undefined;
    const timings: number[] = [];
    for (let i = 0; i < 40; i++) {
      const start = performance.now();
      const page = await listActivity(owner.caller, ws.slug, { limit: 50, cursor });
      timings.push(performance.now() - start);
      cursor = page.nextCursor!;
    }
    timings.sort((a, b) => a - b);
    console.log(`activity page p50 at 100,000 events: ${timings[20].toFixed(2)} ms`);
    expect(timings[20]).toBeLessThan(20);
    // A deep page is still an index scan.
    const plan = await executeRows<{ "QUERY PLAN": string }>(
      db,
      sql`explain select id from activity_events where workspace_id = ${ws.id}
          and (created_at, id) < (now() - interval '50000 seconds', 0) order by created_at desc nulls last, id desc nulls last limit 51`,
    );
    const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
    expect(text).toMatch(/Index (Only )?Scan using activity_events_workspace_created_idx/);
    expect(text).not.toMatch(/Sort/);
  });
});
