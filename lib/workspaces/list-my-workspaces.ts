import "server-only";
import { cache } from "react";
import { and, asc, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, workspaces } from "@/db/schema";
import { membershipGivesAccess } from "@/lib/auth/membership-access";
import { membershipColumns, toMembershipContext, type MembershipContext } from "@/lib/auth/membership-columns";

/** The signed-in user's own memberships: every workspace they belong to with their role, personal first (one query per request). */
export const listMyWorkspaces = cache(async (userId: string): Promise<MembershipContext[]> => {
  const db = await getDb();
  const rows = await db
    .select(membershipColumns)
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(and(eq(memberships.userId, userId), membershipGivesAccess))
    .orderBy(desc(workspaces.personal), asc(workspaces.displayName), asc(workspaces.slug));
  return rows.map(toMembershipContext);
});
