"use client";

import { useActionState } from "react";
import { respondToInviteAction, type InviteActionState } from "@/lib/actions/respond-to-invite-action";
import { Button } from "@/components/ui/button";

export function InviteResponseForm({ token, canDecline }: { token: string; canDecline: boolean }) {
  const [state, action, pending] = useActionState<InviteActionState, FormData>(respondToInviteAction, {});
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      {state.error && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {state.error}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" name="intent" value="accept" className="flex-1" disabled={pending}>
          {pending ? "Joining…" : "Accept invitation"}
        </Button>
        {canDecline && (
          <Button type="submit" name="intent" value="decline" variant="secondary" disabled={pending}>
            Decline
          </Button>
        )}
      </div>
    </form>
  );
}
