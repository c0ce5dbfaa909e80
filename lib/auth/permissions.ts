import { ROLE_RANK, type Role } from "./roles";

// The roles (their list, ranks and labels) live in ./roles.ts, which the browser's components import without the matrix.
export { ROLES, ROLE_LABELS, ROLE_RANK, type Role } from "./roles";

/**
 * The one permission matrix: server actions, the REST API (token scopes reuse these names) and the UI all read it.
 * Rules that depend on the target (the owner role, the last owner) are named functions in ./rules.ts.
 */
export const PERMISSIONS = [
  "workspace:read",
  "workspace:update",
  "workspace:delete",
  "workspace:restore",
  "workspace:transfer-ownership",
  "members:read",
  "members:update-role",
  "members:remove",
  "members:suspend",
  "members:set-access-until",
  "invitations:read",
  "invitations:manage",
  "auto-join:manage",
  "domains:manage",
  "tokens:create",
  "tokens:manage-all",
  "service-accounts:manage",
  "activity:read",
  "sso:manage",
  "access:read",
  "access:close-all",
  "join-requests:manage",
  "scim:manage",
  "webhooks:manage",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const MANAGER: readonly Permission[] = PERMISSIONS.filter(
  (p) => p !== "workspace:delete" && p !== "workspace:restore" && p !== "workspace:transfer-ownership" && p !== "sso:manage" && p !== "scim:manage",
);

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  owner: PERMISSIONS,
  manager: MANAGER,
  member: ["workspace:read", "members:read", "tokens:create"],
  viewer: ["workspace:read", "members:read"],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** The lower of two roles (a token's effective role is the lower of its ceiling and its holder's role). */
export function lowerRole(a: Role, b: Role): Role {
  return ROLE_RANK[a] <= ROLE_RANK[b] ? a : b;
}
