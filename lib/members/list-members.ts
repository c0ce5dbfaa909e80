import "server-only";
import { and, asc, count, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, users, type Role } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";
import { parseInput } from "@/lib/validation";
import { listMembersSchema } from "./schemas";

export type MemberRow = {
  userId: string;
  name: string | null;
  email: string | null;
  role: Role;
  joinedAt: Date;
  serviceAccount: boolean;
};

export type MemberPage = { members: MemberRow[]; total: number; page: number; pageSize: number; q: string };

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** members:read (every role): one page of members, searched by name or email on the server, in one statement. */
export async function listMembers(caller: Caller, slug: string, input: unknown = {}): Promise<MemberPage> {
  const { q, page, pageSize } = parseInput(listMembersSchema, input);
  const db = await getDb();
  const { workspace } = await authorize(db, caller, slug, "members:read");
  return listMembersOf(workspace.id, { q, page, pageSize });
}

/** The query behind listMembers, for callers that already authorized (the members page). */
export async function listMembersOf(
  workspaceId: string,
  { q, page, pageSize }: { q: string; page: number; pageSize: number },
): Promise<MemberPage> {
  const db = await getDb();
  const pattern = `%${escapeLike(q)}%`;
  const where = and(eq(memberships.workspaceId, workspaceId), q ? or(ilike(users.email, pattern), ilike(users.name, pattern)) : undefined);
  const rows = await db
    .select({
      userId: memberships.userId,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.joinedAt,
      serviceAccount: users.serviceAccount,
      total: sql<number>`count(*) over()`.mapWith(Number),
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(where)
    .orderBy(asc(sql`lower(coalesce(${users.name}, ${users.email}))`), asc(memberships.userId))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  // count(*) over() comes with the rows: a page past the end has none, so count separately (rare: a stale page link).
  const total = rows[0]?.total ?? (page > 1 ? await countMembers(where) : 0);
  const members = rows.map((row): MemberRow => ({
    userId: row.userId,
    name: row.name,
    email: row.email,
    role: row.role,
    joinedAt: row.joinedAt,
    serviceAccount: row.serviceAccount,
  }));
  return { members, total, page, pageSize, q };
}

async function countMembers(where: SQL | undefined): Promise<number> {
  const db = await getDb();
  const [{ n }] = await db.select({ n: count() }).from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(where);
  return n;
}
