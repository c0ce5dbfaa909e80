import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { memberships, workspaces } from "@/db/schema";
import { membershipColumns, toMembershipContext, type MembershipContext } from "@/lib/auth/membership-columns";

/** Tests only: the user's membership in `slug` straight from the database (null when either does not exist). */
export async function loadMembership(db: DbOrTx, userId: string, slug: string): Promise<MembershipContext | null> {
  const [row] = await db
    .select(membershipColumns)
    .from(workspaces)
    .innerJoin(memberships, and(eq(memberships.workspaceId, workspaces.id), eq(memberships.userId, userId)))
    .where(eq(workspaces.slug, slug))
    .limit(1);
  return row ? toMembershipContext(row) : null;
}
