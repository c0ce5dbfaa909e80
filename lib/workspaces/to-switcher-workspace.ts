import type { Role } from "@/db/schema";
import type { MembershipContext } from "@/lib/auth/membership-columns";

/** What the header's switcher shows of a workspace (the current one on the page, the rest from /api/me/workspaces). */
export type SwitcherWorkspace = { slug: string; displayName: string; personal: boolean; role: Role };

export function toSwitcherWorkspace({ workspace, role }: MembershipContext): SwitcherWorkspace {
  return { slug: workspace.slug, displayName: workspace.displayName, personal: workspace.personal, role };
}
