"use client";

import { useState } from "react";
import type { Role } from "@/lib/auth/roles";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { InviteResult } from "@/lib/invitations/invite-members";
import { Button } from "@/components/ui/button";
import { FieldError, Input, Label } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { useAction } from "@/components/ui/use-action";
import { inviteMembersAction } from "@/lib/actions/invitation-actions";

export function InviteMembersForm({ slug, roles }: { slug: string; roles: Role[] }) {
  const [emails, setEmails] = useState("");
  const [role, setRole] = useState<Role>(roles.includes("member") ? "member" : roles[0]);
  // "Access until", in the browser's time zone (a datetime-local value); empty: the membership has no end date.
  const [accessUntil, setAccessUntil] = useState("");
  const [result, setResult] = useState<InviteResult>();
  const { run, pending, failure } = useAction(inviteMembersAction, {
    onSuccess: (data) => (setResult(data), setEmails(data.invalid.join("\n"))),
    onError: () => setResult(undefined),
  });
  const untilError = failure?.fieldErrors?.accessUntil?.[0];
  const error = failure && !untilError ? (failure.fieldErrors?.emails?.[0] ?? failure.fieldErrors?.role?.[0] ?? failure.message) : undefined;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    run(slug, { emails, role, ...(accessUntil && role !== "owner" ? { accessUntil: new Date(accessUntil).toISOString() } : {}) });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <div className="space-y-1.5">
        <Label htmlFor="invite-emails">Email addresses</Label>
        <textarea
          id="invite-emails"
          value={emails}
          onChange={(e) => setEmails(e.target.value)}
          rows={3}
          placeholder="ada@acme.com, grace@acme.com"
          aria-invalid={error ? true : undefined}
          aria-describedby="invite-emails-help invite-emails-error"
          className="textarea"
        />
        <p id="invite-emails-help" className="text-xs text-zinc-600 dark:text-zinc-400">
          Separate addresses with commas, spaces or new lines (up to 50).
        </p>
        <FieldError id="invite-emails-error">{error}</FieldError>
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <div className="space-y-1.5">
          <Label htmlFor="invite-role" className="block">Role</Label>
          <NativeSelect id="invite-role" value={role} onChange={(e) => setRole(e.target.value as Role)} className="h-10">
            {roles.map((r) => (
              <option key={r} value={r}>{ROLE_LABELS[r]}</option>
            ))}
          </NativeSelect>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="invite-access-until" className="block">
            Access until <span className="font-normal text-zinc-600 dark:text-zinc-400">(optional)</span>
          </Label>
          <Input
            id="invite-access-until"
            name="accessUntil"
            type="datetime-local"
            value={role === "owner" ? "" : accessUntil}
            disabled={role === "owner"}
            title={role === "owner" ? "An owner's access never ends on a date." : undefined}
            onChange={(e) => setAccessUntil(e.target.value)}
            aria-invalid={untilError ? true : undefined}
            aria-describedby="invite-access-until-error"
            className="h-10 w-auto"
          />
        </div>
        <Button type="submit" disabled={pending}>{pending ? "Sending…" : "Send invitations"}</Button>
      </div>
      <FieldError id="invite-access-until-error">{untilError}</FieldError>
      {result && (
        <ul className="space-y-1 rounded-lg bg-zinc-50 p-3 text-sm dark:bg-zinc-950" data-testid="invite-result" aria-live="polite">
          {result.invited.length > 0 && <li>Invited: {result.invited.join(", ")}</li>}
          {result.refreshed.length > 0 && <li>Invitation sent again: {result.refreshed.join(", ")}</li>}
          {result.alreadyMembers.length > 0 && <li>Already a member: {result.alreadyMembers.join(", ")}</li>}
          {result.invalid.length > 0 && <li className="text-red-700 dark:text-red-400">Not a valid address: {result.invalid.join(", ")}</li>}
        </ul>
      )}
    </form>
  );
}
