"use client";

import { usePathname } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import type { HeaderSummary } from "@/lib/account/header-summary";
import { formatDateTime } from "@/lib/format-date";
import type { MembershipSuspension } from "@/lib/members/get-membership-suspension";
import type { SessionUser } from "@/lib/session/session-user";
import { AccessNotice } from "./access-notice";
import { AppShell } from "./app-shell";
import { QueryProvider } from "./query-provider";

type Me = { user: SessionUser; header: HeaderSummary; suspension?: (Omit<MembershipSuspension, "since"> & { since: string }) | null } | null;

async function fetchMe(slug: string): Promise<Me> {
  const res = await fetch(`/api/me?workspace=${encodeURIComponent(slug)}`, { headers: { accept: "application/json" } });
  if (res.status === 401) return null;
  if (!res.ok) throw new Error("Could not load who is signed in.");
  return (await res.json()) as Me;
}

/** "Ada, Grace and Alan" */
const names = (list: string[]) => (list.length > 1 ? `${list.slice(0, -1).join(", ")} and ${list.at(-1)}` : list[0]);

/**
 * What a suspended member (or one past their end date) sees on the workspace's pages, inside the app's shell: that
 * their access is suspended or ended, since when, and whom to ask. Like the 404 page it reads nothing on the server:
 * app/forbidden.tsx loads this code only when it is shown.
 */
export function SuspendedNotice() {
  return (
    <QueryProvider>
      <Notice />
    </QueryProvider>
  );
}

function Notice() {
  const slug = usePathname().split("/")[2] ?? "";
  const me = useQuery({ queryKey: ["me", "suspension", slug], queryFn: () => fetchMe(slug), staleTime: 0 });
  if (!me.data) return null;
  const { user, header, suspension } = me.data;
  const name = suspension?.workspace.displayName ?? "this workspace";
  const ask = suspension?.contacts.length ? `Ask an owner or manager of the workspace (${names(suspension.contacts)})` : "Ask an owner of the workspace";
  return (
    <AppShell user={user} header={header}>
      {suspension?.reason === "ended" ? (
        <AccessNotice status="Access ended" title={`Your access to ${name} ended`} email={user.email} back={{ href: "/", label: "Go to your workspaces" }}>
          Your membership of {name} ended on {formatDateTime(suspension.since)}. {ask} if you need it again.
        </AccessNotice>
      ) : (
        <AccessNotice status="Suspended" title={`Your access to ${name} is suspended`} email={user.email} back={{ href: "/", label: "Go to your workspaces" }}>
          {suspension ? `Your membership was suspended on ${formatDateTime(suspension.since)}. ` : ""}Your role and tokens are kept until it is
          reactivated. {ask} if you think this is a mistake.
        </AccessNotice>
      )}
    </AppShell>
  );
}
