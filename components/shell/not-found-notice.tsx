"use client";

import { useQuery } from "@tanstack/react-query";
import type { HeaderSummary } from "@/lib/account/header-summary";
import type { SessionUser } from "@/lib/session/session-user";
import { QueryProvider } from "./query-provider";
import { buttonVariants } from "@/components/ui/button";
import { AccessNotice } from "./access-notice";
import { AppShell } from "./app-shell";
import { HeaderBar } from "./header-bar";

type Me = { user: SessionUser; header: HeaderSummary } | null;

async function fetchMe(): Promise<Me> {
  const res = await fetch("/api/me", { headers: { accept: "application/json" } });
  if (res.status === 401) return null;
  if (!res.ok) throw new Error("Could not load who is signed in.");
  return (await res.json()) as Me;
}

const TEXT = "This page does not exist, or you do not have access to it.";

/**
 * The 404 page. Next renders not-found.tsx with every page, so it reads nothing on the server: who is signed in (and
 * the shell) is fetched only when the page is actually shown, and app/not-found.tsx loads this code only then.
 */
export function NotFoundNotice() {
  return (
    <QueryProvider>
      <Notice />
    </QueryProvider>
  );
}

function Notice() {
  const me = useQuery({ queryKey: ["me"], queryFn: fetchMe, staleTime: 0 });
  if (me.data) {
    return (
      <AppShell user={me.data.user} header={me.data.header}>
        <AccessNotice status="404" title="Page not found" email={me.data.user.email} back={{ href: "/", label: "Go to your workspaces" }}>
          {TEXT} If it was shared with another of your accounts, switch to it.
        </AccessNotice>
      </AppShell>
    );
  }
  return (
    <div className="min-h-screen">
      <HeaderBar>{null}</HeaderBar>
      <main className="mx-auto flex max-w-md flex-col items-center gap-4 px-4 py-18 text-center">
        <title>Page not found · Roster</title>
        <p className="text-sm font-semibold text-zinc-600 dark:text-zinc-400">404</p>
        <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {TEXT}
          {me.data === null && " You are not signed in."}
        </p>
        {me.data === null && (
          <a className={buttonVariants()} href="/sign-in">Sign in</a>
        )}
      </main>
    </div>
  );
}
