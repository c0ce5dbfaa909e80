"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FieldError, Label } from "@/components/ui/input";
import { useAction } from "@/components/ui/use-action";
import { requestAccessAction } from "@/lib/actions/join-request-actions";
import { JOIN_REQUEST_MESSAGE_MAX } from "@/lib/join-requests/schemas";

/**
 * Asking to join a workspace, with a short message for its owners and managers; `inviteToken`: the dead invite link
 * the person came through. Once sent, the form gives way to what happens next.
 */
export function RequestAccessForm({ slug, displayName, inviteToken }: { slug: string; displayName: string; inviteToken?: string }) {
  const [message, setMessage] = useState("");
  const [sent, setSent] = useState(false);
  const { run, pending, fieldError, failure } = useAction(requestAccessAction, { onSuccess: () => setSent(true), refresh: "never" });
  if (sent) {
    return (
      <p role="status" className="rounded-lg bg-emerald-50 p-3 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100" data-testid="join-request-sent">
        Your request was sent. The owners and managers of {displayName} were emailed; you will get an email when they answer.
      </p>
    );
  }
  const error = fieldError("message");
  const other = failure && !error ? failure.message : undefined;
  return (
    <form
      className="space-y-3"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        run(slug, { message, ...(inviteToken ? { inviteToken } : {}) });
      }}
    >
      <div className="space-y-1.5">
        <Label htmlFor="join-request-message">Message to the owners and managers (optional)</Label>
        <textarea
          id="join-request-message"
          name="message"
          rows={3}
          maxLength={JOIN_REQUEST_MESSAGE_MAX}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
          placeholder="Who you are, and why you need access"
          className="input h-auto min-h-20 py-2"
          aria-invalid={error ? true : undefined}
          aria-describedby="join-request-message-help join-request-message-error"
        />
        <p id="join-request-message-help" className="text-xs text-zinc-600 dark:text-zinc-400">
          {message.length} / {JOIN_REQUEST_MESSAGE_MAX}
        </p>
        <FieldError id="join-request-message-error">{error}</FieldError>
      </div>
      {other && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {other}
        </p>
      )}
      <Button type="submit" className="w-full" pending={pending}>
        Request to join
      </Button>
    </form>
  );
}
