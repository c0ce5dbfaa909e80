import "server-only";
import { and, eq, isNull, not, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, workspaces } from "@/db/schema";
import { SLUG_SHAPE } from "@/lib/auth/authorize";
import { membershipIsActive, membershipIsActiveAs } from "@/lib/auth/membership-access";

/** Why a person's membership gives no access: suspended, or ended on its end date; and whom to ask. */
export type MembershipSuspension = {
  workspace: { slug: string; displayName: string };
  reason: "suspended" | "ended";
  /** When it was suspended, or when its access ended. */
  since: Date;
  /** Up to three active owners and managers (their names, else their emails): who can reactivate them. */
  contacts: string[];
};

/**
 * The person's own inactive membership in `slug` (suspended or past its end date), or null (no membership at all, or
 * one that gives access). Read only after a page found no access (loadPageContext), so a member's page stays one
 * statement; it tells the person only what they knew as a member (the workspace's name, its owners and managers).
 */
export async function getMembershipSuspension(userId: string, slug: string): Promise<MembershipSuspension | null> {
  if (!SLUG_SHAPE.test(slug)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      slug: workspaces.slug,
      displayName: workspaces.displayName,
      suspendedAt: memberships.suspendedAt,
      accessUntil: memberships.accessUntil,
      contacts: sql<string[] | null>`(select array_agg(coalesce(nullif(trim(u.name), ''), u.email) order by c.owner desc, c.joined_at) from (
        select o.user_id, o.role = 'owner' as owner, o.joined_at from memberships o join users ou on ou.id = o.user_id and not ou.service_account
        where o.workspace_id = ${workspaces.id} and o.role in ('owner', 'manager') and ${membershipIsActiveAs("o")}
        order by o.role = 'owner' desc, o.joined_at limit 3) c join users u on u.id = c.user_id)`,
    })
    .from(workspaces)
    .innerJoin(memberships, and(eq(memberships.workspaceId, workspaces.id), eq(memberships.userId, userId)))
    .where(and(eq(workspaces.slug, slug), isNull(workspaces.deletedAt), not(membershipIsActive)))
    .limit(1);
  if (!row) return null;
  const suspended = row.suspendedAt !== null;
  return {
    workspace: { slug: row.slug, displayName: row.displayName },
    reason: suspended ? "suspended" : "ended",
    since: (suspended ? row.suspendedAt : row.accessUntil) as Date,
    contacts: (row.contacts ?? []).filter(Boolean),
  };
}
