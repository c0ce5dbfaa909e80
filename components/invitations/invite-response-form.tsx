"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { respondToInviteAction } from "@/lib/actions/invitation-actions";

export function InviteResponseForm({ token, canDecline }: { token: string; canDecline: boolean }) {
  const [state, action, pending] = useActionState(respondToInviteAction, null);
  const error = state && !state.ok ? state.message : undefined;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {error}
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
