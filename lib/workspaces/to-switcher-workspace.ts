import type { Role } from "@/db/schema";
import type { MembershipContext } from "@/lib/auth/membership-columns";
import { workspaceIdentity, type WorkspaceIdentity } from "./workspace-identity";

/**
 * What the header's switcher shows of a workspace (the current one on the page, the rest from /api/me/workspaces):
 * its logo's URL (null: none) and colour (for its initials) come from workspaceIdentity.
 */
export type SwitcherWorkspace = WorkspaceIdentity & { slug: string; displayName: string; personal: boolean; role: Role };

export function toSwitcherWorkspace({ workspace, role }: MembershipContext): SwitcherWorkspace {
  return { slug: workspace.slug, displayName: workspace.displayName, personal: workspace.personal, role, ...workspaceIdentity(workspace) };
}
