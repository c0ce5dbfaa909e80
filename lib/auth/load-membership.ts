import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { memberships, workspaces, type Role } from "@/db/schema";

export type WorkspaceSummary = {
  id: string;
  slug: string;
  displayName: string;
  personal: boolean;
  region: string;
  createdAt: Date;
};
export type MembershipContext = { workspace: WorkspaceSummary; role: Role; membershipId: string; joinedAt: Date };

/** The columns of a MembershipContext, shared by every query that returns one. */
export const membershipColumns = {
  id: workspaces.id,
  slug: workspaces.slug,
  displayName: workspaces.displayName,
  personal: workspaces.personal,
  region: workspaces.region,
  createdAt: workspaces.createdAt,
  role: memberships.role,
  membershipId: memberships.id,
  joinedAt: memberships.joinedAt,
};

type MembershipRow = { [K in keyof typeof membershipColumns]: (typeof membershipColumns)[K]["_"]["data"] };

/** Splits a row selected with membershipColumns into a MembershipContext. */
export function toMembershipContext({ role, membershipId, joinedAt, ...workspace }: MembershipRow): MembershipContext {
  return { workspace, role, membershipId, joinedAt };
}

/** One query: the workspace with this slug and the user's role in it, or null when either does not exist. */
export async function loadMembership(db: DbOrTx, userId: string, slug: string): Promise<MembershipContext | null> {
  const [row] = await db
    .select(membershipColumns)
    .from(workspaces)
    .innerJoin(memberships, and(eq(memberships.workspaceId, workspaces.id), eq(memberships.userId, userId)))
    .where(eq(workspaces.slug, slug))
    .limit(1);
  return row ? toMembershipContext(row) : null;
}
