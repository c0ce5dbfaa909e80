import { afterAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { addLiveToken, callRoute, expectAppError, makeTeam, makeUser, makeWorkspace } from "@/lib/testing/factories";
import { renameWorkspace } from "@/lib/workspaces/rename-workspace";
import { GET as exportRoute } from "@/app/api/v1/activity/export/route";
import { GET as verifyRoute } from "@/app/api/v1/activity/verify/route";
import { eventHash } from "./event-hash";
import { csvField, exportActivity } from "./export-activity";
import { listActivity } from "./list-activity";
import { recordActivity } from "./record-activity";

afterAll(() => closeDb());

const text = async (out: { body: ReadableStream<Uint8Array> }) => new Response(out.body).text();

/** A plain RFC 4180 reader for the test (quoted fields, doubled quotes, CRLF records). */
function parseCsv(input: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = "";
  };
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") endField();
    else if (c === "\r" && input[i + 1] === "\n") {
      endField();
      records.push(record);
      record = [];
      i++;
    } else field += c;
  }
  return records;
}

/** Events at chosen times, inserted directly (the filters' test: outside the chain). */
async function seedAt(workspaceId: string, rows: { at: string; label: string; action?: string }[]) {
  const db = await getDb();
  for (const r of rows) {
    await db.execute(sql`insert into activity_events (workspace_id, actor_label, action, target_type, target_id, target_label, created_at)
      values (${workspaceId}, 'seed', ${r.action ?? "member.removed"}, 'user', ${`id-${r.label}`}, ${r.label}, ${r.at}::timestamptz)`);
  }
}

describe("activity filters: date range and target search", () => {
  it("lists and exports only the events in the range, whose target contains the text", async () => {
    const owner = await makeUser("ranger");
    const ws = await makeWorkspace(owner);
    await seedAt(ws.id, [
      { at: "2026-01-01T00:00:00Z", label: "alice@example.com" },
      { at: "2026-01-15T23:59:59.999Z", label: "bob@example.com" },
      { at: "2026-01-16T00:00:00Z", label: "carol@example.com" },
      { at: "2026-02-01T12:00:00Z", label: "100%_sure" },
    ]);
    const labels = async (input: Record<string, string>) => (await listActivity(owner.caller, ws.slug, input)).events.map((e) => e.target?.label);
    expect(await labels({ from: "2026-01-01", to: "2026-01-15" })).toEqual(["bob@example.com", "alice@example.com"]);
    expect(await labels({ from: "2026-01-15", to: "2026-01-16" })).toEqual(["carol@example.com", "bob@example.com"]);
    expect(await labels({ from: "2026-01-16T00:00:00Z", to: "2026-02-01T12:00:00Z" })).toEqual(["carol@example.com"]);
    expect(await labels({ from: "2026-01-01", to: "2026-02-28", q: "EXAMPLE.com" })).toEqual(["carol@example.com", "bob@example.com", "alice@example.com"]);
    expect(await labels({ q: "id-bob" })).toEqual(["bob@example.com"]);
    // LIKE's wildcards match themselves.
    expect(await labels({ q: "%_" })).toEqual(["100%_sure"]);
    expect(await labels({ q: "0%" })).toEqual(["100%_sure"]);
    expect(await labels({ q: "o_" })).toEqual([]);
    expect(await labels({ from: "2026-03-01" })).toContain(ws.slug);

    const csv = parseCsv(await text(await exportActivity(owner.caller, ws.slug, { from: "2026-01-01", to: "2026-01-31", q: "example" })));
    expect(csv.map((r) => r[9])).toEqual(["target_label", "alice@example.com", "bob@example.com", "carol@example.com"]);

    for (const bad of [{ from: "2026-02-30" }, { to: "yesterday" }, { from: "2026-01-01T10:00" }, { q: "x".repeat(201) }]) {
      await expectAppError(listActivity(owner.caller, ws.slug, bad), "VALIDATION");
      await expectAppError(exportActivity(owner.caller, ws.slug, bad), "VALIDATION");
    }
    await expectAppError(exportActivity(owner.caller, ws.slug, { format: "xml" }), "VALIDATION");
  });
});

describe("exportActivity", () => {
  it("writes CSV per RFC 4180, safe from formula injection, and NDJSON an auditor can re-verify", async () => {
    const team = await makeTeam();
    const tricky = ['=HYPERLINK("http://evil")', "+1", "-2", "@SUM(A1)", 'comma, "quote"', "line\nbreak", "ünïcødé ✓"];
    const db = await getDb();
    for (const label of tricky) {
      await db.transaction((tx) =>
        recordActivity(tx, { workspaceId: team.workspace.id, actor: { type: "user", id: team.owner.id, label: team.owner.email }, action: "member.removed", target: { type: "user", id: "u1", label }, metadata: { note: label } }),
      );
    }
    const csvText = await text(await exportActivity(team.manager.caller, team.slug, { format: "csv" }));
    expect(csvText.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(csvText);
    expect(rows[0]).toEqual(["id", "seq", "created_at", "action", "actor_type", "actor_id", "actor_label", "target_type", "target_id", "target_label", "metadata", "prev_hash", "hash"]);
    expect(rows).toHaveLength(1 + 1 + tricky.length);
    expect(rows.slice(2).map((r) => r[9])).toEqual(["'=HYPERLINK(\"http://evil\")", "'+1", "'-2", "'@SUM(A1)", 'comma, "quote"', "line\nbreak", "ünïcødé ✓"]);
    expect(rows.every((r) => r.length === 13)).toBe(true);
    expect(rows[1]).toMatchObject({ 1: "1", 3: "workspace.created" });
    expect(csvText).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect([csvField("=1"), csvField(null), csvField(12), csvField("\tx"), csvField("a")]).toEqual(["'=1", "", "12", "'\tx", "a"]);

    const lines = (await text(await exportActivity(team.owner.caller, team.slug, { format: "ndjson" }))).split("\n");
    expect(lines.pop()).toBe("");
    const events = lines.map((l) => JSON.parse(l));
    expect(events).toHaveLength(1 + tricky.length);
    expect(events[3]).toMatchObject({ seq: 4, action: "member.removed", target: { type: "user", id: "u1", label: "-2" }, metadata: { note: "-2" }, workspaceId: team.workspace.id });
    // The export alone proves the chain: each hash from the previous one and the event's own content.
    let prev = "0".repeat(64);
    for (const { id: _id, prevHash, hash, ...content } of events) {
      void _id;
      expect(prevHash).toBe(prev);
      expect(eventHash(prevHash, content)).toBe(hash);
      prev = hash;
    }
  });

  it("is refused to members, viewers and outsiders; through the API, a streamed download", async () => {
    const team = await makeTeam();
    await expectAppError(exportActivity(team.member.caller, team.slug), "FORBIDDEN");
    await expectAppError(exportActivity(team.viewer.caller, team.slug), "FORBIDDEN");
    await expectAppError(exportActivity(team.outsider.caller, team.slug), "NOT_FOUND");

    await renameWorkspace(team.owner.caller, team.slug, { displayName: "Exported" });
    const { token } = await addLiveToken(team.workspace.id, team.manager, "manager");
    const res = await callRoute(exportRoute, { url: "/api/v1/activity/export?format=ndjson", token });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="activity-${team.slug}-\\d{4}-\\d{2}-\\d{2}\\.ndjson"$`));
    expect(res.text.trim().split("\n").map((l) => JSON.parse(l).action)).toEqual(["workspace.created", "workspace.renamed"]);
    const csv = await callRoute(exportRoute, { url: "/api/v1/activity/export?from=2000-01-01", token });
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.text.split("\r\n")).toHaveLength(4);
    expect((await callRoute(exportRoute, { url: "/api/v1/activity/export?format=pdf", token })).status).toBe(422);
    const member = await addLiveToken(team.workspace.id, team.member, "member");
    expect((await callRoute(exportRoute, { url: "/api/v1/activity/export", token: member.token })).status).toBe(403);

    const verified = await callRoute(verifyRoute, { url: "/api/v1/activity/verify", token });
    expect(verified.status).toBe(200);
    expect(verified.json).toMatchObject({ intact: true, checked: 2, anchor: { seq: 0, hash: "0".repeat(64) }, head: { seq: 2 }, firstBreak: null });
  });
});
