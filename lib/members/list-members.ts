import "server-only";
import { and, asc, eq, ilike, or, sql } from "drizzle-orm";
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

export type MemberPage = { members: MemberRow[]; total: number; ownerCount: number; page: number; pageSize: number; q: string };

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
  const rows = await db
    .select({
      userId: memberships.userId,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.joinedAt,
      serviceAccount: users.serviceAccount,
      total: sql<number>`count(*) over()`.mapWith(Number),
      ownerCount: sql<number>`(select count(*) from memberships o where o.workspace_id = ${workspaceId} and o.role = 'owner')`.mapWith(Number),
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, workspaceId), q ? or(ilike(users.email, pattern), ilike(users.name, pattern)) : undefined))
    .orderBy(asc(sql`lower(coalesce(${users.name}, ${users.email}))`), asc(memberships.userId))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const total = rows[0]?.total ?? 0;
  const ownerCount = rows[0]?.ownerCount ?? 0;
  const members = rows.map((row): MemberRow => ({
    userId: row.userId,
    name: row.name,
    email: row.email,
    role: row.role,
    joinedAt: row.joinedAt,
    serviceAccount: row.serviceAccount,
  }));
  return { members, total, ownerCount, page, pageSize, q };
}
