"use client";

import { useActionState } from "react";
import { resendSignInLinkAction } from "@/lib/actions/session-actions";
import { Button } from "@/components/ui/button";

/** "Check your email"'s resend: mails the same request's link again, within the sign-in link limits. */
export function ResendSignInLinkForm() {
  const [state, action, pending] = useActionState(resendSignInLinkAction, null);
  return (
    <form action={action} className="space-y-2">
      <Button type="submit" variant="secondary" className="w-full" pending={pending}>
        Resend the link
      </Button>
      {/* Always present, so screen readers announce what lands in them. */}
      <p role="status" className="text-sm text-emerald-700 empty:hidden dark:text-emerald-400">
        {state?.ok ? `Sent another link to ${state.data.email}.` : ""}
      </p>
      <p role="alert" className="text-sm text-red-700 empty:hidden dark:text-red-400">
        {state && !state.ok ? state.message : ""}
      </p>
    </form>
  );
}
