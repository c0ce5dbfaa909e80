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
  /** The logo's version (null: none); see workspaceIdentity. */
  logoVersion: string | null;
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
  logoVersion: workspaces.logoVersion,
  role: memberships.role,
  membershipId: memberships.id,
  joinedAt: memberships.joinedAt,
};

type Columns = { [K in keyof typeof membershipColumns]: (typeof membershipColumns)[K]["_"]["data"] };
/** A statement that does not read the logo's version yet (the page context's) passes none: no logo then. */
type MembershipRow = Omit<Columns, "logoVersion"> & { logoVersion?: string | null };

/** Splits a row selected with membershipColumns into a MembershipContext. */
export function toMembershipContext({ role, membershipId, joinedAt, logoVersion, ...workspace }: MembershipRow): MembershipContext {
  return { workspace: { ...workspace, logoVersion: logoVersion ?? null }, role, membershipId, joinedAt };
}
