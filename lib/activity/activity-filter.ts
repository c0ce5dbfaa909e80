import "server-only";
import { and, eq, gte, lt, or, sql, type SQL } from "drizzle-orm";
import { activityEvents } from "@/db/schema";
import type { z } from "zod";
import type { activityFilterSchema } from "./schemas";

export type ActivityFilter = z.output<typeof activityFilterSchema>;

/** `%`, `_` and `\` match themselves in the target search. */
const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The where clause of one workspace's events under the shared filters (the list, the export). */
export function activityWhere(workspaceId: string, f: ActivityFilter): SQL | undefined {
  const pattern = f.q ? `%${likeEscaped(f.q)}%` : null;
  return and(
    eq(activityEvents.workspaceId, workspaceId),
    f.action ? eq(activityEvents.action, f.action) : undefined,
    f.actor ? eq(activityEvents.actorId, f.actor) : undefined,
    f.from ? gte(activityEvents.createdAt, f.from) : undefined,
    f.to ? lt(activityEvents.createdAt, f.to) : undefined,
    pattern ? or(sql`${activityEvents.targetLabel} ilike ${pattern}`, sql`${activityEvents.targetId} ilike ${pattern}`) : undefined,
  );
}
