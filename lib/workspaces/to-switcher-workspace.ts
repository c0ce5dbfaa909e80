import type { Role } from "@/db/schema";
import type { MembershipContext } from "@/lib/auth/membership-columns";
import type { LeaveRule } from "@/lib/auth/rules";
import { workspaceIdentity, type WorkspaceIdentity } from "./workspace-identity";

/**
 * What the header's switcher shows of a workspace (the current one on the page, the rest from /api/me/workspaces):
 * its logo's URL (null: none) and colour (for its initials) come from workspaceIdentity. `leave` comes with the list
 * only: whether the person may leave it, and why not (leaveWorkspaceRule).
 */
export type SwitcherWorkspace = WorkspaceIdentity & { slug: string; displayName: string; personal: boolean; role: Role; leave?: LeaveRule };

/** An invitation waiting in the switcher, accepted there in place. */
export type SwitcherInvitation = { id: string; workspaceName: string; workspaceSlug: string; role: Role; inviter: string | null };

/** A "Join" suggestion in the switcher: by email domain (with the page's header data) or by GitHub organization (with the list). */
/** `mode` "request": the person may only ask to join (domain auto-join in "request" mode): the menu leads to /join/<slug>. */
export type SwitcherSuggestion = { slug: string; displayName: string; githubOrganization?: string; mode?: "join" | "request" };

export function toSwitcherWorkspace({ workspace, role }: MembershipContext): SwitcherWorkspace {
  return { slug: workspace.slug, displayName: workspace.displayName, personal: workspace.personal, role, ...workspaceIdentity(workspace) };
}
