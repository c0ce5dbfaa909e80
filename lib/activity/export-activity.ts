import "server-only";
import { and, asc, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { activityEvents } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";
import { parseInput } from "@/lib/validation";
import { activityWhere } from "./activity-filter";
import { HASHED_TIME } from "./record-activity";
import { exportActivitySchema } from "./schemas";

/** Events per statement: each batch is one keyset query, encoded and handed to the reader before the next is read. */
const BATCH = 1000;

export const CSV_COLUMNS = [
  "id", "seq", "created_at", "action", "actor_type", "actor_id", "actor_label",
  "target_type", "target_id", "target_label", "metadata", "prev_hash", "hash",
] as const;

type ExportRow = {
  id: number;
  seq: number | null;
  createdAt: string;
  action: string;
  actorType: string;
  actorId: string | null;
  actorLabel: string;
  targetType: string | null;
  targetId: string | null;
  targetLabel: string | null;
  metadata: Record<string, unknown>;
  prevHash: string | null;
  hash: string | null;
};

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF, quotes doubled. A text that a spreadsheet
 * would run as a formula (starting with = + - @, a tab or a CR: OWASP's CSV injection list) gets a leading `'`.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLine(r: ExportRow): string {
  const cells = [r.id, r.seq, r.createdAt, r.action, r.actorType, r.actorId, r.actorLabel, r.targetType, r.targetId, r.targetLabel, JSON.stringify(r.metadata), r.prevHash, r.hash];
  return `${cells.map(csvField).join(",")}\r\n`;
}

/** One NDJSON line: the hashed content (event-hash.ts) under the same names, with the event's id and the chain's two hashes. */
function ndjsonLine(workspaceId: string, r: ExportRow): string {
  const target = r.targetType === null && r.targetId === null && r.targetLabel === null ? null : { type: r.targetType, id: r.targetId, label: r.targetLabel };
  return `${JSON.stringify({
    id: r.id,
    seq: r.seq,
    workspaceId,
    createdAt: r.createdAt,
    action: r.action,
    actor: { type: r.actorType, id: r.actorId, label: r.actorLabel },
    target,
    metadata: r.metadata,
    prevHash: r.prevHash,
    hash: r.hash,
  })}\n`;
}

export type ActivityExport = { filename: string; contentType: string; body: ReadableStream<Uint8Array> };

/**
 * activity:read (owner, manager): every event of the workspace under the filters (activity-filter.ts), oldest first,
 * as CSV or NDJSON. Authorized before the first byte; then a pull stream reads one keyset batch per pull, so memory
 * stays flat however many events there are and a slow reader slows the reads (no transaction is held open between them).
 */
export async function exportActivity(caller: Caller, slug: string, input: unknown = {}): Promise<ActivityExport> {
  const { format, ...filter } = parseInput(exportActivitySchema, input);
  const db = await getDb();
  const { workspace } = await authorize(db, caller, slug, "activity:read");
  const where = activityWhere(workspace.id, filter);
  const encoder = new TextEncoder();
  let after: { at: string; id: number } | null = null;
  let done = false;
  const body = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        if (format === "csv") controller.enqueue(encoder.encode(`${CSV_COLUMNS.join(",")}\r\n`));
      },
      async pull(controller) {
        if (done) return;
        const rows = await db
          .select({
            id: activityEvents.id,
            seq: activityEvents.seq,
            createdAt: sql<string>`${HASHED_TIME(sql`${activityEvents.createdAt}`)}`,
            at: sql<string>`${activityEvents.createdAt}::text`,
            action: activityEvents.action,
            actorType: activityEvents.actorType,
            actorId: activityEvents.actorId,
            actorLabel: activityEvents.actorLabel,
            targetType: activityEvents.targetType,
            targetId: activityEvents.targetId,
            targetLabel: activityEvents.targetLabel,
            metadata: activityEvents.metadata,
            prevHash: activityEvents.prevHash,
            hash: activityEvents.hash,
          })
          .from(activityEvents)
          .where(and(where, after ? sql`(${activityEvents.createdAt}, ${activityEvents.id}) > (${after.at}::timestamptz, ${after.id})` : undefined))
          // The (workspace, created_at desc, id desc) index read backwards: one range scan per batch.
          .orderBy(asc(activityEvents.createdAt), asc(activityEvents.id))
          .limit(BATCH);
        const text = rows.map((r) => (format === "csv" ? csvLine(r) : ndjsonLine(workspace.id, r))).join("");
        if (text) controller.enqueue(encoder.encode(text));
        const last = rows.at(-1);
        if (rows.length < BATCH || !last) {
          done = true;
          controller.close();
        } else after = { at: last.at, id: last.id };
      },
      cancel() {
        done = true;
      },
    },
    { highWaterMark: 0 },
  );
  const day = new Date().toISOString().slice(0, 10);
  return {
    filename: `activity-${workspace.slug}-${day}.${format === "csv" ? "csv" : "ndjson"}`,
    contentType: format === "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8",
    body,
  };
}

/** The export as an HTTP response: a download, never cached. */
export function exportResponse(out: ActivityExport, headers: Record<string, string> = {}): Response {
  return new Response(out.body, {
    headers: {
      ...headers,
      "content-type": out.contentType,
      "content-disposition": `attachment; filename="${out.filename}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
