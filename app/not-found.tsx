import Link from "next/link";
import { AccessNotice } from "@/components/shell/access-notice";
import { AppShell } from "@/components/shell/app-shell";
import { Button } from "@/components/ui/button";
import { loadPageContext } from "@/lib/session/load-page-context";

// One page for an unknown address and for a workspace the person is not in (the same words: it reveals nothing).
// Signed in, it keeps the app's shell and says who is signed in.
export default async function NotFound() {
  const context = await loadPageContext(null);
  const text = "This page does not exist, or you do not have access to it.";
  if (!context) {
    return (
      <main className="flex min-h-screen flex-col items-center justify-center gap-4 px-4 text-center">
        <title>Page not found · Roster</title>
        <p className="text-sm font-semibold text-zinc-600 dark:text-zinc-400">404</p>
        <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
        <p className="max-w-sm text-sm text-zinc-600 dark:text-zinc-400">{text} You are not signed in.</p>
        <Button asChild>
          <Link href="/sign-in">Sign in</Link>
        </Button>
      </main>
    );
  }
  return (
    <AppShell user={context.user} header={context.header}>
      <AccessNotice status="404" title="Page not found" email={context.user.email} back={{ href: "/", label: "Go to your workspaces" }}>
        {text} If it was shared with another of your accounts, switch to it.
      </AccessNotice>
    </AppShell>
  );
}
