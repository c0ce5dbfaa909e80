import "server-only";
import { and, eq, isNull, not } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { memberships, workspaces } from "@/db/schema";
import { forbidden, notFound } from "@/lib/errors";
import { suspendedToken } from "@/lib/tokens/suspended-token";
import type { Caller } from "./caller";
import { membershipGivesAccess, membershipIsActive } from "./membership-access";
import { membershipColumns, toMembershipContext, type MembershipContext } from "./membership-columns";
import { can, lowerRole, type Permission } from "./permissions";

/** What authorize() found: the workspace, the caller's effective role in it and their membership. */
export type Authorized = MembershipContext;

/** What any slug looks like: anything else cannot name a workspace, and never reaches SQL. */
export const SLUG_SHAPE = /^[a-z0-9-]{1,64}$/;

/**
 * The one authorization step of every workspace operation: loads the workspace (locking its row when `lock` is set,
 * so ownership changes serialize per workspace) and the caller's effective role, read from the database.
 * A read reuses the membership the caller's request already read (a page's context), so it costs no statement.
 * A non-member, an unknown slug, or a workspace outside a token's scope: NOT_FOUND. Missing permission: FORBIDDEN.
 * A deleted workspace (waiting for its purge) is NOT_FOUND to everything but `includeDeleted`, which finds it too, and
 * only for workspace:restore: no other permission can ever reach one.
 */
export async function authorize(
  db: DbOrTx,
  caller: Caller,
  slug: unknown,
  permission: Permission,
  options: { lock?: boolean; includeDeleted?: boolean } = {},
): Promise<Authorized> {
  if (typeof slug !== "string" || !SLUG_SHAPE.test(slug)) throw notFound("Workspace not found.");
  if (options.includeDeleted && permission !== "workspace:restore") throw new Error(`authorize: a deleted workspace serves only workspace:restore, not ${permission}`);
  const known = !options.lock && !options.includeDeleted && caller.membership?.workspace.slug === slug ? caller.membership : null;
  const membership = known ?? (await readMembership(db, caller.userId, slug, options.lock, options.includeDeleted));
  if (membership && caller.workspaceId && caller.workspaceId !== membership.workspace.id) throw notFound("Workspace not found.");
  if (!membership) {
    // An account-wide token of a member suspended here answers as the workspace token would (401 SUSPENDED); a
    // workspace token's suspension was already refused when it was authenticated.
    if (caller.kind === "token" && !caller.workspaceId && (await hasInactiveMembership(db, caller.userId, slug))) throw suspendedToken();
    throw notFound("Workspace not found.");
  }
  const role = caller.roleCeiling ? lowerRole(membership.role, caller.roleCeiling) : membership.role;
  if (!can(role, permission)) throw forbidden();
  return { ...membership, role };
}

/**
 * The user's membership in `slug` straight from the database (the workspace row locked first with `lock`), or null
 * when they have none that gives access (suspended, past its end date, or in a deleted workspace). With `includeDeleted`,
 * also one in a deleted workspace that would give access once it is restored.
 */
export async function readMembership(db: DbOrTx, userId: string, slug: string, lock?: boolean, includeDeleted?: boolean): Promise<MembershipContext | null> {
  if (lock) {
    // Lock first, then read the membership in a new statement so it sees every change committed before the lock.
    await db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, slug)).for("update");
  }
  const [row] = await db
    .select(membershipColumns)
    .from(workspaces)
    .innerJoin(memberships, and(eq(memberships.workspaceId, workspaces.id), eq(memberships.userId, userId)))
    .where(and(eq(workspaces.slug, slug), includeDeleted ? membershipIsActive : membershipGivesAccess))
    .limit(1);
  return row ? toMembershipContext(row) : null;
}

/** Whether the user has a membership in `slug` that gives no access because it is suspended or past its end date. */
async function hasInactiveMembership(db: DbOrTx, userId: string, slug: string): Promise<boolean> {
  const [row] = await db
    .select({ id: memberships.id })
    .from(workspaces)
    .innerJoin(memberships, and(eq(memberships.workspaceId, workspaces.id), eq(memberships.userId, userId)))
    .where(and(eq(workspaces.slug, slug), isNull(workspaces.deletedAt), not(membershipIsActive)))
    .limit(1);
  return Boolean(row);
}
