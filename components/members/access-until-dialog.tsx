"use client";

import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { Dialog, DialogContent, DialogFormFooter } from "@/components/ui/dialog";
import { FieldError, Input, Label } from "@/components/ui/input";
import { useAction } from "@/components/ui/use-action";
import { setMemberAccessUntilAction } from "@/lib/actions/member-actions";
import { formatDateTime } from "@/lib/format-date";
import type { DialogTarget } from "./remove-member-dialog";

/** Whose end date to edit, and the one they have (an ISO string, or null). */
export type AccessUntilTarget = DialogTarget & { accessUntil: string | null };

/** "2027-01-31T18:00" in the browser's time zone, as a datetime-local input reads and writes it. */
function localInputValue(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The end date ("access until") of one membership: a date and time in the browser's time zone; empty removes it. */
export function AccessUntilDialog({ slug, target, onClose }: { slug: string; target: AccessUntilTarget | null; onClose: () => void }) {
  if (!target) return null;
  return <AccessUntilForm key={target.userId} slug={slug} target={target} onClose={onClose} />;
}

function AccessUntilForm({ slug, target, onClose }: { slug: string; target: AccessUntilTarget; onClose: () => void }) {
  const [value, setValue] = useState(() => localInputValue(target.accessUntil));
  const { run, pending, failure } = useAction(setMemberAccessUntilAction, {
    refresh: "always",
    onSuccess: (data) => {
      onClose();
      toast.success(data.accessUntil ? `${target.label} has access until ${formatDateTime(data.accessUntil)}.` : `${target.label}'s access no longer ends on a date.`);
    },
  });
  const fieldError = failure?.fieldErrors?.accessUntil?.[0];
  const formError = failure && !fieldError ? failure.message : undefined;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    // The input's value is local time: the browser turns it into the moment it means.
    run(slug, { userId: target.userId, accessUntil: value ? new Date(value).toISOString() : null });
  }

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent
        title="Access until"
        description={
          <>
            After this moment <strong>{target.label}</strong> has no access to this workspace (their role and tokens are kept; reactivate them
            to give it back). Leave it empty for no end date.
          </>
        }
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          if (target.trigger?.isConnected) target.trigger.focus();
        }}
      >
        <form onSubmit={submit} noValidate className="space-y-4">
          <div className="space-y-1.5">
            <Label htmlFor="access-until">Access until (your time zone)</Label>
            <Input
              id="access-until"
              name="accessUntil"
              type="datetime-local"
              value={value}
              onChange={(e) => setValue(e.target.value)}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby="access-until-error"
            />
            <FieldError id="access-until-error">{fieldError}</FieldError>
          </div>
          <DialogFormFooter error={formError} pending={pending} submitLabel="Save" pendingLabel="Saving…" />
        </form>
      </DialogContent>
    </Dialog>
  );
}
