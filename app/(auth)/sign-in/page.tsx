import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LogIn } from "lucide-react";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { SignInForm } from "@/components/auth/sign-in-form";
import { githubSignInEnabled } from "@/lib/auth/auth";
import { signInWithGitHub } from "@/lib/auth/request-sign-in-link";
import { safeCallbackPath } from "@/lib/auth/safe-callback-url";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <Card className="space-y-6">
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
          <form action={signInWithGitHub}>
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <Button type="submit" variant="secondary" className="w-full">
              <LogIn className="size-4" aria-hidden /> Continue with GitHub
            </Button>
          </form>
        </>
      )}
    </Card>
  );
}
