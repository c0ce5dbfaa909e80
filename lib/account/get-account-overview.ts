import "server-only";
import { asc, desc, eq, sql } from "drizzle-orm";
import { membershipIsActive, membershipIsActiveAs } from "@/lib/auth/membership-access";
import { getDb } from "@/db/client";
import { memberships, users, workspaces } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import type { Role } from "@/lib/auth/permissions";
import { assertPerson, leaveRefusal, type LeaveRefusal } from "@/lib/auth/rules";
import { notFound } from "@/lib/errors";
import { personIdentity, type PersonIdentity } from "@/lib/users/person-identity";
import { workspaceIdentity, type WorkspaceIdentity } from "@/lib/workspaces/workspace-identity";

export type AccountProfile = PersonIdentity & { userId: string; email: string; /** The display name as set (null: none, the email shows). */ name: string | null };

export type AccountWorkspace = WorkspaceIdentity & {
  slug: string;
  displayName: string;
  personal: boolean;
  role: Role;
  /** Why "Leave" is disabled (leaveRefusal), or null. */
  leaveRefusal: LeaveRefusal | null;
  /** When a workspace scheduled for deletion is deleted for good (only its owners see it, to restore it); null: not deleted. */
  purgeAt: Date | null;
  /** The membership gives no access now: suspended, or past its end date (the page shows "Suspended"). */
  suspended: boolean;
};

export type AccountOverview = { profile: AccountProfile; workspaces: AccountWorkspace[] };

/**
 * The account page's data in one statement: the person's profile (display name, email, avatar) and every workspace
 * they belong to, with their role and whether they may leave it. A workspace scheduled for deletion is listed only to
 * its owners (with its purge date, to restore it); to everyone else it is gone.
 */
export async function getAccountOverview(caller: Caller): Promise<AccountOverview> {
  assertPerson(caller, "account", "A workspace token cannot read an account.");
  const db = await getDb();
  const rows = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      avatarVersion: users.avatarVersion,
      id: workspaces.id,
      slug: workspaces.slug,
      displayName: workspaces.displayName,
      personal: workspaces.personal,
      logoVersion: workspaces.logoVersion,
      role: memberships.role,
      purgeAt: workspaces.purgeAt,
      active: sql<boolean>`${membershipIsActive}`,
      // Read through the partial index of owners, and only where the person is an owner (nobody else's leaving depends on it).
      ownerCount: sql<number>`case when ${memberships.role} = 'owner' then (select count(*) from memberships o where o.workspace_id = ${workspaces.id} and o.role = 'owner' and (o.id = ${memberships.id} or ${membershipIsActiveAs("o")})) else 0 end`.mapWith(Number),
    })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(users.id, caller.userId))
    .orderBy(desc(workspaces.personal), asc(workspaces.displayName), asc(workspaces.slug));
  const [first] = rows;
  if (!first) throw notFound("Your account no longer exists.");
  const profile: AccountProfile = { userId: first.userId, email: first.email ?? "", name: first.name, ...personIdentity({ ...first, id: first.userId }) };
  const mine = rows.flatMap((r) =>
    r.id && r.slug && r.displayName && r.role && r.personal !== null && (!r.purgeAt || r.role === "owner")
      ? [{ slug: r.slug, displayName: r.displayName, personal: r.personal, role: r.role, leaveRefusal: leaveRefusal({ personal: r.personal }, r.role, r.ownerCount), purgeAt: r.purgeAt, suspended: r.active === false, ...workspaceIdentity({ id: r.id, slug: r.slug, logoVersion: r.logoVersion }) }]
      : [],
  );
  return { profile, workspaces: mine };
}
