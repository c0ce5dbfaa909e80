"use client";

import { useActionState } from "react";
import { LogIn } from "@/components/ui/icons/log-in";
import { signInWithGitHubAction } from "@/lib/actions/session-actions";
import { Button } from "@/components/ui/button";

export function GitHubSignInButton({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState(signInWithGitHubAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Button type="submit" variant="secondary" className="w-full" disabled={pending}>
        <LogIn className="size-4" aria-hidden /> Continue with GitHub
      </Button>
      {state && !state.ok && <p className="text-sm text-red-700 dark:text-red-400">{state.message}</p>}
    </form>
  );
}
