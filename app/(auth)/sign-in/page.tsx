import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { GitHubSignInButton } from "@/components/sign-in/github-sign-in-button";
import { SignInForm } from "@/components/sign-in/sign-in-form";
import { githubSignInEnabled } from "@/lib/sign-in/auth";
import { safeCallbackPath } from "@/lib/sign-in/safe-callback-url";
import { getCurrentUser } from "@/lib/session/get-current-user";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; deleted?: string }> }) {
  const query = await searchParams;
  const callbackUrl = safeCallbackPath(query.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <Card className="space-y-6">
      {query.deleted === "1" && (
        <p role="status" className="rounded-lg bg-zinc-100 px-3 py-2 text-sm dark:bg-zinc-800">
          Your account was deleted. Signing in with the same address starts a new account.
        </p>
      )}
      <div className="space-y-1">
        <h1 className="text-xl font-semibold tracking-tight">Sign in to Roster</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          New here? The same link creates your account and a personal workspace.
        </p>
      </div>
      <SignInForm callbackUrl={callbackUrl} />
      {githubSignInEnabled() && (
        <>
          <div className="flex items-center gap-3 text-xs text-zinc-500">
            <span className="h-px flex-1 bg-zinc-200 dark:bg-zinc-800" /> or <span className="h-px flex-1 bg-zinc-200 dark:bg-zinc-800" />
          </div>
          <GitHubSignInButton callbackUrl={callbackUrl} />
        </>
      )}
    </Card>
  );
}
