import type { Role } from "@/db/schema";
import { can, ROLES, type Permission } from "@/lib/auth/permissions";

const TABS: { segment: string; label: string; permission: Permission; shared?: true }[] = [
  { segment: "general", label: "General", permission: "workspace:read" },
  { segment: "members", label: "Members", permission: "members:read" },
  { segment: "invitations", label: "Invitations", permission: "invitations:read" },
  { segment: "access", label: "Access", permission: "access:read" },
  { segment: "domains", label: "Domains", permission: "domains:manage" },
  { segment: "tokens", label: "API tokens", permission: "tokens:create" },
  { segment: "activity", label: "Activity", permission: "activity:read" },
  { segment: "webhooks", label: "Webhooks", permission: "webhooks:manage" },
  { segment: "security", label: "Security", permission: "sso:manage", shared: true },
  { segment: "provisioning", label: "Provisioning", permission: "scim:manage", shared: true },
];

/** The settings tabs a role may open, read from the permission matrix (Security and Provisioning only in a shared workspace: SSO and SCIM are for teams). */
export function settingsTabs(slug: string, role: Role, personal = false) {
  return TABS.filter((t) => can(role, t.permission) && !(personal && t.shared)).map((t) => ({ href: `/w/${slug}/settings/${t.segment}`, label: t.label }));
}

/** The settings tab at `pathname` (/w/<slug>/settings/<tab>) and the roles that may open it, for the page that refuses the others. */
export function settingsTabAt(pathname: string): { label: string; roles: Role[] } | null {
  const tab = TABS.find((t) => t.segment === pathname.split("/")[4]);
  return tab ? { label: tab.label, roles: ROLES.filter((r) => can(r, tab.permission)) } : null;
}
