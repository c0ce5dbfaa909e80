import "server-only";
import { and, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { activityEvents } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";
import { AppError } from "@/lib/errors";
import { readReplica } from "@/lib/read-replica/read-replica";
import { parseInput } from "@/lib/validation";
import { activityWhere } from "./activity-filter";
import { listActivitySchema } from "./schemas";

export type ActivityRow = {
  id: number;
  action: string;
  actor: { type: "user" | "service_account" | "token" | "system"; id: string | null; label: string; token: { id: string; name: string } | null };
  target: { type: string; id: string | null; label: string | null } | null;
  metadata: Record<string, unknown>;
  createdAt: Date;
};

export type ActivityPage = { events: ActivityRow[]; nextCursor: string | null };

/** The cursor is the last row's exact (microsecond) timestamp and id: keyset pagination on the (created_at, id) index. */
function encodeCursor(at: string, id: number): string {
  return Buffer.from(`${at}|${id}`, "utf8").toString("base64url");
}

/** PostgreSQL's text form of a timestamptz (DateStyle ISO), with every field captured for a range check. */
const CURSOR_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?(?:Z|[+-](\d{2})(?::?(\d{2}))?(?::?(\d{2}))?)$/;

/** Whether the captured fields name a real instant: a date that exists, a time of day, an offset PostgreSQL accepts. */
function isRealTime(m: RegExpExecArray): boolean {
  const [year, month, day, hour, minute, second, offsetHours = 0, offsetMinutes = 0, offsetSeconds = 0] = m.slice(1).map((v) => (v === undefined ? undefined : Number(v)));
  if (year === undefined || month === undefined || day === undefined) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return (
    year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth &&
    hour! <= 23 && minute! <= 59 && second! <= 59 && offsetHours <= 15 && offsetMinutes <= 59 && offsetSeconds <= 59
  );
}

/** Decodes and fully validates a cursor, so that nothing but a real timestamp and a bigint id reaches SQL. */
function decodeCursor(cursor: string): { at: string; id: number } {
  const invalid = () => new AppError("VALIDATION", "Invalid cursor.", { cursor: ["Invalid cursor."] });
  const parts = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  if (parts.length !== 2) throw invalid();
  const [at, id] = parts;
  const time = CURSOR_TIME.exec(at);
  if (!time || !isRealTime(time) || !/^\d{1,15}$/.test(id)) throw invalid();
  return { at, id: Number(id) };
}

/**
 * activity:read (owner, manager): the workspace's events, newest first, filtered by date range, action, actor and
 * target text (activity-filter.ts), one keyset page
 * at a time (one index range scan however many events there are), on a read replica when there is one.
 */
export async function listActivity(caller: Caller, slug: string, input: unknown = {}): Promise<ActivityPage> {
  const { cursor, limit, ...filter } = parseInput(listActivitySchema, input);
  const after = cursor ? decodeCursor(cursor) : null;
  const db = await getDb();
  const { workspace } = await authorize(db, caller, slug, "activity:read");
  const rows = await readReplica((replica) => replica
    .select({
      id: activityEvents.id,
      action: activityEvents.action,
      actorType: activityEvents.actorType,
      actorId: activityEvents.actorId,
      actorLabel: activityEvents.actorLabel,
      targetType: activityEvents.targetType,
      targetId: activityEvents.targetId,
      targetLabel: activityEvents.targetLabel,
      metadata: activityEvents.metadata,
      createdAt: activityEvents.createdAt,
      at: sql<string>`${activityEvents.createdAt}::text`,
    })
    .from(activityEvents)
    .where(
      and(
        activityWhere(workspace.id, filter),
        after ? sql`(${activityEvents.createdAt}, ${activityEvents.id}) < (${after.at}::timestamptz, ${after.id})` : undefined,
      ),
    )
    // NULLS LAST matches the index's column order exactly (plain DESC means NULLS FIRST and would force a sort).
    .orderBy(sql`${activityEvents.createdAt} desc nulls last`, sql`${activityEvents.id} desc nulls last`)
    .limit(limit + 1));
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    events: page.map((r) => {
      const { token, ...metadata } = r.metadata as Record<string, unknown> & { token?: { id: string; name: string } };
      return {
        id: r.id,
        action: r.action,
        actor: { type: r.actorType, id: r.actorId, label: r.actorLabel, token: token ?? null },
        target: r.targetType ? { type: r.targetType, id: r.targetId, label: r.targetLabel } : null,
        metadata,
        createdAt: r.createdAt,
      };
    }),
    nextCursor: rows.length > limit && last ? encodeCursor(last.at, last.id) : null,
  };
}
