"use client";

import { useActionState } from "react";
import { switchAccountAction } from "@/lib/actions/invitation-actions";
import { Button } from "@/components/ui/button";

/** Wrong account on an invitation: sign out, then sign in with the invited address and come back. */
export function SwitchAccountForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(switchAccountAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="token" value={token} />
      <Button type="submit" className="w-full" disabled={pending}>Sign out and switch account</Button>
      {state && !state.ok && <p className="text-sm text-red-700 dark:text-red-400">{state.message}</p>}
    </form>
  );
}
