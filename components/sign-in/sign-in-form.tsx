"use client";

import { useActionState, useState } from "react";
import { requestSignInLinkAction } from "@/lib/actions/session-actions";
import { Button } from "@/components/ui/button";
import { FieldError, Input, Label } from "@/components/ui/input";

export function SignInForm({ callbackUrl, submitLabel = "Email me a sign-in link" }: { callbackUrl: string; submitLabel?: string }) {
  const [state, action, pending] = useActionState(requestSignInLinkAction, null);
  // Controlled, so the address stays in the box when the link could not be sent (React resets a form after its action).
  const [email, setEmail] = useState("");
  // The error clears as the person corrects the address, until the next attempt.
  const [editedAfter, setEditedAfter] = useState<typeof state>(null);
  const error = state && !state.ok && editedAfter !== state ? (state.fieldErrors?.email?.[0] ?? state.message) : undefined;
  return (
    <form action={action} noValidate className="space-y-3">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div className="space-y-1.5">
        <Label htmlFor="email">Email address</Label>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          // An address is at most 254 characters (RFC 5321); the limit also keeps the form far below the body limit.
          maxLength={254}
          placeholder="you@company.com"
          value={email}
          onChange={(e) => {
            setEmail(e.target.value);
            setEditedAfter(state);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "email-error" : undefined}
          required
        />
        <FieldError id="email-error">{error}</FieldError>
      </div>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Sending…" : submitLabel}
      </Button>
    </form>
  );
}
