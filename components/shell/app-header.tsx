"use client";

import type { PersonIdentity } from "@/lib/users/person-identity";
import type { SwitcherSuggestion, SwitcherWorkspace } from "@/lib/workspaces/to-switcher-workspace";
import { AccountMenu } from "@/components/account/account-menu";
import { Avatar, PersonAvatar, WorkspaceAvatar } from "@/components/ui/avatar";
import { WorkspaceNav } from "@/components/workspaces/workspace-nav";
import { WorkspaceSwitcher } from "@/components/workspaces/workspace-switcher";
import { HeaderBar } from "./header-bar";
import { chevronsUpDownIcon, inboxIcon } from "./icons";

type Props = {
  person: PersonIdentity;
  email: string;
  /** The page's workspace (none on account pages). */
  workspace?: SwitcherWorkspace;
  workspaceCount: number;
  suggestions: SwitcherSuggestion[];
  pendingInvitations: number;
  pendingJoinRequests: number;
};

/**
 * The signed-in header: the workspace switcher (its trigger shows the current workspace), the workspace's navigation,
 * the requests and invitations badges, the account menu. A client component fed with the page's header data: its
 * markup is rendered once per request (as HTML), not a second time into the page's Server Components payload.
 * Menus mount, and their code loads, when opened; icons are static markup.
 */
export function AppHeader({ person, email, workspace, workspaceCount, suggestions, pendingInvitations, pendingJoinRequests }: Props) {
  const slug = workspace?.slug;
  return (
    <HeaderBar>
      <WorkspaceSwitcher current={workspace} workspaceCount={workspaceCount} suggestions={suggestions}>
        {workspace ? <WorkspaceAvatar workspace={workspace} size="sm" /> : <Avatar variant="workspace" name="?" imageUrl={null} color="#71717a" size="sm" />}
        <span className="truncate">{workspace?.displayName ?? "Choose a workspace"}</span>
        {chevronsUpDownIcon}
      </WorkspaceSwitcher>
      {slug && <WorkspaceNav slug={slug} />}
      <div className="ml-auto flex h-14 shrink-0 items-center gap-2">
        {slug && pendingJoinRequests > 0 && (
          <a
            href={`/w/${slug}/settings/members#join-requests`}
            aria-label={`Requests to join (${pendingJoinRequests} pending)`}
            data-testid="join-request-badge"
            className="flex h-8 items-center gap-1.5 rounded-lg px-2 text-sm font-medium text-zinc-700 outline-none hover:bg-zinc-100 focus-visible:ring-2 focus-visible:ring-zinc-500 dark:text-zinc-300 dark:hover:bg-zinc-800"
          >
            <span className="hidden sm:inline">Requests</span>
            <span className="grid min-w-5 place-items-center rounded-full bg-red-600 px-1.5 text-xs font-semibold leading-5 text-white">{pendingJoinRequests}</span>
          </a>
        )}
        <a
          href="/account/invitations"
          aria-label={pendingInvitations ? `Invitations (${pendingInvitations} pending)` : "Invitations"}
          className="relative grid size-8 place-items-center rounded-lg text-zinc-600 outline-none hover:bg-zinc-100 focus-visible:ring-2 focus-visible:ring-zinc-500 dark:text-zinc-400 dark:hover:bg-zinc-800"
        >
          {inboxIcon}
          {pendingInvitations > 0 && (
            <span data-testid="invitation-badge" className="absolute -right-1 -top-1 grid min-w-4 place-items-center rounded-full bg-red-600 px-1 text-[10px] font-semibold leading-4 text-white">
              {pendingInvitations}
            </span>
          )}
        </a>
        <AccountMenu person={person} email={email}>
          <PersonAvatar person={person} size="md" />
        </AccountMenu>
      </div>
    </HeaderBar>
  );
}
