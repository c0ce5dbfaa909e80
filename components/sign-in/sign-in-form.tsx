"use client";

import { useActionState, useState } from "react";
import { KeyRound } from "@/components/ui/icons/key-round";
import { requestSignInLinkAction } from "@/lib/actions/session-actions";
import { Button, buttonVariants } from "@/components/ui/button";
import { FieldError, Input, Label } from "@/components/ui/input";

export function SignInForm({ callbackUrl, submitLabel = "Email me a sign-in link" }: { callbackUrl: string; submitLabel?: string }) {
  const [state, action, pending] = useActionState(requestSignInLinkAction, null);
  // Controlled, so the address stays in the box when the link could not be sent (React resets a form after its action).
  const [email, setEmail] = useState("");
  // The error clears as the person corrects the address, until the next attempt.
  const [editedAfter, setEditedAfter] = useState<typeof state>(null);
  const error = state && !state.ok && editedAfter !== state ? (state.fieldErrors?.email?.[0] ?? state.message) : undefined;
  const sso = state?.ok && editedAfter !== state ? state.data?.sso : undefined;
  if (sso && state?.ok) {
    const back = callbackUrl !== "/" ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : "";
    return (
      <div className="space-y-3" data-testid="sso-offer">
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          <span className="font-medium">{state.data?.email}</span>{" "}
          {sso.required ? `signs in through ${sso.displayName}: ${sso.workspaceName} requires single sign-on.` : `can sign in through ${sso.workspaceName}’s ${sso.displayName}.`}
        </p>
        {/* A plain link: the browser leaves for the IdP (no prefetch of a route that starts a sign-in). */}
        <a href={`/sso/${sso.slug}${back}`} className={`${buttonVariants()} w-full`}>
          <KeyRound className="size-4" aria-hidden /> Continue with {sso.displayName}
        </a>
        {!sso.required && (
          <form action={action}>
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <input type="hidden" name="email" value={email} />
            <input type="hidden" name="skipSso" value="1" />
            <Button type="submit" variant="secondary" className="w-full" disabled={pending}>
              {pending ? "Sending…" : "Email me a sign-in link instead"}
            </Button>
          </form>
        )}
        <Button type="button" variant="ghost" className="w-full" onClick={() => setEditedAfter(state)}>
          Use another address
        </Button>
      </div>
    );
  }
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
