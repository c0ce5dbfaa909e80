import "server-only";
import { memberships, workspaces } from "@/db/schema";
import type { Role } from "./permissions";

export type WorkspaceSummary = {
  id: string;
  slug: string;
  displayName: string;
  personal: boolean;
  region: string;
  createdAt: Date;
};
export type MembershipContext = { workspace: WorkspaceSummary; role: Role; membershipId: string; joinedAt: Date };

/** The columns of a MembershipContext, shared by every query that returns one (authorize, the switcher's list). */
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
