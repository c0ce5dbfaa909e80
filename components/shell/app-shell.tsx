import Link from "next/link";
import { Suspense, type ReactNode } from "react";
import type { HeaderSummary } from "@/lib/account/header-summary";
import type { MembershipContext } from "@/lib/auth/membership-columns";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/session/session-user";
import { personIdentity } from "@/lib/users/person-identity";
import { toSwitcherWorkspace } from "@/lib/workspaces/to-switcher-workspace";
import { AccountMenu } from "@/components/account/account-menu";
import { Avatar, PersonAvatar, WorkspaceAvatar } from "@/components/ui/avatar";
import { ArrivalToast } from "./arrival-toast";
import { HeaderBar } from "./header-bar";
import { chevronsUpDownIcon, inboxIcon } from "./icons";
import { SignedInUserProvider } from "./signed-in-user";
import { WorkspaceNav } from "@/components/workspaces/workspace-nav";
import { WorkspaceSwitcher } from "@/components/workspaces/workspace-switcher";

type Props = { user: SessionUser; header: HeaderSummary; current?: MembershipContext; children: ReactNode };

/**
 * The signed-in layout: header with the workspace switcher (current: the membership the page already read) and the
 * account menu. Rendered on every request, so it stays small: menus mount (and their code loads) when opened, the
 * triggers' faces (avatars, the current workspace) are rendered here, icons are static markup.
 */
export function AppShell({ user, header: inbox, current, children }: Props) {
  const currentSlug = current?.workspace.slug;
  const workspace = current && toSwitcherWorkspace(current);
  const person = personIdentity(user);
  return (
    <div className="min-h-screen">
      <HeaderBar>
        <WorkspaceSwitcher current={workspace} workspaceCount={inbox.workspaceCount} suggestions={inbox.suggestions}>
          {workspace ? <WorkspaceAvatar workspace={workspace} size="sm" /> : <Avatar variant="workspace" name="?" imageUrl={null} color="#71717a" size="sm" />}
          <span className="truncate">{workspace?.displayName ?? "Choose a workspace"}</span>
          {chevronsUpDownIcon}
        </WorkspaceSwitcher>
        {currentSlug && <WorkspaceNav slug={currentSlug} />}
        <div className="ml-auto flex h-14 shrink-0 items-center gap-2">
          {currentSlug && inbox.pendingJoinRequests > 0 && (
            <Link
              href={`/w/${currentSlug}/settings/members#join-requests`}
              aria-label={`Requests to join (${inbox.pendingJoinRequests} pending)`}
              data-testid="join-request-badge"
              className="flex h-8 items-center gap-1.5 rounded-lg px-2 text-sm font-medium text-zinc-700 outline-none hover:bg-zinc-100 focus-visible:ring-2 focus-visible:ring-zinc-500 dark:text-zinc-300 dark:hover:bg-zinc-800"
            >
              <span className="hidden sm:inline">Requests</span>
              <span className="grid min-w-5 place-items-center rounded-full bg-red-600 px-1.5 text-xs font-semibold leading-5 text-white">{inbox.pendingJoinRequests}</span>
            </Link>
          )}
          <Link
            href="/account/invitations"
            aria-label={inbox.pendingInvitations ? `Invitations (${inbox.pendingInvitations} pending)` : "Invitations"}
            className="relative grid size-8 place-items-center rounded-lg text-zinc-600 outline-none hover:bg-zinc-100 focus-visible:ring-2 focus-visible:ring-zinc-500 dark:text-zinc-400 dark:hover:bg-zinc-800"
          >
            {inboxIcon}
            {inbox.pendingInvitations > 0 && (
              <span data-testid="invitation-badge" className="absolute -right-1 -top-1 grid min-w-4 place-items-center rounded-full bg-red-600 px-1 text-[10px] font-semibold leading-4 text-white">
                {inbox.pendingInvitations}
              </span>
            )}
          </Link>
          <AccountMenu person={person} email={user.email}>
            <PersonAvatar person={person} size="md" />
          </AccountMenu>
        </div>
      </HeaderBar>
      <Suspense>
        <ArrivalToast welcome={current && { workspace: current.workspace.displayName, role: ROLE_LABELS[current.role] }} />
      </Suspense>
      <main className="mx-auto max-w-6xl px-4 py-8">
        <SignedInUserProvider user={{ name: user.name, email: user.email }}>{children}</SignedInUserProvider>
      </main>
    </div>
  );
}
