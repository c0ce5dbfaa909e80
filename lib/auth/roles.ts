import type { Role as StoredRole } from "@/db/schema";

/** The four roles, most powerful first: the domain's vocabulary (app/ and components/ import it from here, never from db/). */
export const ROLES = ["owner", "manager", "member", "viewer"] as const satisfies readonly StoredRole[];
export type Role = (typeof ROLES)[number];
// The database enum and this list must name the same roles (the compiler refuses either one drifting).
const sameRoles: [StoredRole] extends [Role] ? true : never = true;
void sameRoles;

/** Roles from most to least powerful. */
export const ROLE_RANK: Record<Role, number> = { owner: 3, manager: 2, member: 1, viewer: 0 };

export const ROLE_LABELS: Record<Role, string> = { owner: "Owner", manager: "Manager", member: "Member", viewer: "Viewer" };
