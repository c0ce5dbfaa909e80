import { Suspense, type ReactNode } from "react";
import type { HeaderSummary } from "@/lib/account/header-summary";
import type { MembershipContext } from "@/lib/auth/membership-columns";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/session/session-user";
import { personIdentity } from "@/lib/users/person-identity";
import { toSwitcherWorkspace } from "@/lib/workspaces/to-switcher-workspace";
import { AppHeader } from "./app-header";
import { ArrivalToast } from "./arrival-toast";
import { NavigationProgress } from "./navigation-progress";
import { SignedInUserProvider } from "./signed-in-user";

type Props = { user: SessionUser; header: HeaderSummary; current?: MembershipContext; children: ReactNode };

/**
 * The signed-in layout: the header (current: the membership the page already read), the loading bar, the arrival
 * toast, the page. Rendered on every request, so it stays small: the header is one client component given its data.
 */
export function AppShell({ user, header, current, children }: Props) {
  return (
    <div className="min-h-screen">
      <AppHeader
        person={personIdentity(user)}
        email={user.email}
        workspace={current && toSwitcherWorkspace(current)}
        workspaceCount={header.workspaceCount}
        suggestions={header.suggestions}
        pendingInvitations={header.pendingInvitations}
        pendingJoinRequests={header.pendingJoinRequests}
      />
      <Suspense>
        <NavigationProgress />
        <ArrivalToast welcome={current && { workspace: current.workspace.displayName, role: ROLE_LABELS[current.role] }} />
      </Suspense>
      <main className="mx-auto max-w-6xl px-4 py-8">
        <SignedInUserProvider user={{ name: user.name, email: user.email }}>{children}</SignedInUserProvider>
      </main>
    </div>
  );
}
