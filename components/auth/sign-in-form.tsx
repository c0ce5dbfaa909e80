"use client";

import { useActionState } from "react";
import { requestSignInLink, type SignInFormState } from "@/lib/auth/request-sign-in-link";
import { Button } from "@/components/ui/button";
import { FieldError, Input, Label } from "@/components/ui/input";

export function SignInForm({ callbackUrl, submitLabel = "Email me a sign-in link" }: { callbackUrl: string; submitLabel?: string }) {
  const [state, action, pending] = useActionState<SignInFormState, FormData>(requestSignInLink, {});
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
          placeholder="you@company.com"
          defaultValue={state.email}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? "email-error" : undefined}
          required
        />
        <FieldError id="email-error">{state.error}</FieldError>
      </div>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Sending…" : submitLabel}
      </Button>
    </form>
  );
}
