import "server-only";
import { and, asc, count, eq, ilike, not, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { memberships, users, type Role } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import { membershipIsActive, membershipIsActiveAs } from "@/lib/auth/membership-access";
import type { Caller } from "@/lib/auth/caller";
import { readReplica } from "@/lib/read-replica/read-replica";
import { personIdentity, type PersonIdentity } from "@/lib/users/person-identity";
import { parseInput } from "@/lib/validation";
import { listMembersSchema, type MemberStatus } from "./schemas";

/** A member as the members page shows them: `displayName` (their name, else their email), `avatarUrl` and `color` from personIdentity. */
export type MemberRow = PersonIdentity & {
  userId: string;
  name: string | null;
  email: string | null;
  role: Role;
  joinedAt: Date;
  serviceAccount: boolean;
  /** When the membership was suspended (null: not suspended). */
  suspendedAt: Date | null;
  /** The membership's end date ("access until"), if any. */
  accessUntil: Date | null;
  /** Whether the membership gives access now (not suspended, not past its end date). */
  active: boolean;
};

export type MemberPage = { members: MemberRow[]; total: number; ownerCount: number; page: number; pageSize: number; q: string; role?: Role; status?: MemberStatus };

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

type MemberQuery = { q: string; role?: Role; status?: MemberStatus; page: number; pageSize: number };

/** members:read (every role): one page of members, searched by name or email and filtered by role and status on the server, in one statement (a page reuses its context's membership for the check). */
export async function listMembers(caller: Caller, slug: string, input: unknown = {}): Promise<MemberPage> {
  const query = parseInput(listMembersSchema, input);
  const db = await getDb();
  const { workspace } = await authorize(db, caller, slug, "members:read");
  return readReplica((replica) => readMemberPage(replica, workspace.id, query));
}

/**
 * Members come in join order, read through the (workspace_id, joined_at, user_id) index, so a page costs the same at 10
 * or 10,000 members. On a read replica when there is one (authorization ran on the primary).
 */
async function readMemberPage(db: Db, workspaceId: string, { q, role, status, page, pageSize }: MemberQuery): Promise<MemberPage> {
  const pattern = `%${escapeLike(q)}%`;
  const where: SQL | undefined = and(
    eq(memberships.workspaceId, workspaceId),
    q ? or(ilike(users.email, pattern), ilike(users.name, pattern)) : undefined,
    role ? eq(memberships.role, role) : undefined,
    status === "active" ? membershipIsActive : status === "suspended" ? not(membershipIsActive) : undefined,
  );
  // Unfiltered, the total is the workspace's member count (kept by a trigger); searched or filtered, the window over the matches.
  const total = q || role || status
    ? sql<number>`count(*) over()`
    : sql<number>`(select w.member_count from workspaces w where w.id = ${workspaceId})`;
  const rows = await db
    .select({
      userId: memberships.userId,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.joinedAt,
      serviceAccount: users.serviceAccount,
      suspendedAt: memberships.suspendedAt,
      accessUntil: memberships.accessUntil,
      active: sql<boolean>`${membershipIsActive}`,
      avatarVersion: users.avatarVersion,
      total: total.mapWith(Number),
      // Read through the partial index of owners.
      ownerCount: sql<number>`(select count(*) from memberships o where o.workspace_id = ${workspaceId} and o.role = 'owner' and ${membershipIsActiveAs("o")})`.mapWith(Number),
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(where)
    .orderBy(asc(memberships.joinedAt), asc(memberships.userId))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  // A page past the end has no rows to carry the totals (rare: a stale page link), so count separately then.
  const totals = rows[0] ?? (page > 1 ? await countMembers(db, workspaceId, where) : { total: 0, ownerCount: 0 });
  const members = rows.map((row): MemberRow => ({
    userId: row.userId,
    name: row.name,
    email: row.email,
    role: row.role,
    joinedAt: row.joinedAt,
    serviceAccount: row.serviceAccount,
    suspendedAt: row.suspendedAt,
    accessUntil: row.accessUntil,
    active: Boolean(row.active),
    ...personIdentity({ id: row.userId, name: row.name, email: row.email, avatarVersion: row.avatarVersion }),
  }));
  return { members, total: totals.total, ownerCount: totals.ownerCount, page, pageSize, q, ...(role ? { role } : {}), ...(status ? { status } : {}) };
}

async function countMembers(db: Db, workspaceId: string, where: SQL | undefined) {
  const [{ n }] = await db.select({ n: count() }).from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(where);
  const [{ owners }] = await db
    .select({ owners: count() })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, "owner"), membershipIsActive));
  return { total: n, ownerCount: owners };
}
