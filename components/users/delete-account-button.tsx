"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FieldError, Input, Label } from "@/components/ui/input";
import { useAction } from "@/components/ui/use-action";
import { deleteAccountAction } from "@/lib/actions/account-actions";

/**
 * Deleting the account: typing the email confirms it; the action signs out and lands on the sign-in page. While the
 * person is the last owner of shared workspaces (`blockedBy`), it says which and stays disabled (the domain refuses too).
 */
export function DeleteAccountButton({ email, blockedBy }: { email: string; blockedBy: { slug: string; displayName: string }[] }) {
  const [open, setOpen] = useState(false);
  const [confirm, setConfirm] = useState("");
  const { run, pending, fieldError, reset } = useAction(deleteAccountAction, { refresh: "never" });
  const error = fieldError("confirmEmail", true);
  const matches = confirm.trim().toLowerCase() === email.toLowerCase();

  if (blockedBy.length > 0) {
    return (
      <div className="space-y-3">
        <p className="text-sm" data-testid="delete-account-blocked">
          You are the last owner of {blockedBy.length === 1 ? "this workspace" : "these workspaces"}. Transfer ownership or delete{" "}
          {blockedBy.length === 1 ? "it" : "them"} before you delete your account:
        </p>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {blockedBy.map((w) => (
            <li key={w.slug}>
              <a href={`/w/${w.slug}/settings/members`} className="font-medium underline">
                {w.displayName}
              </a>
            </li>
          ))}
        </ul>
        <Button variant="danger" disabled>
          Delete account
        </Button>
      </div>
    );
  }

  return (
    <Dialog open={open} onOpenChange={(o) => (setOpen(o), setConfirm(""), reset())}>
      <DialogTrigger asChild>
        <Button variant="danger">Delete account</Button>
      </DialogTrigger>
      <DialogContent
        title="Delete your account?"
        description="You leave every workspace, your personal workspace is deleted with its data, and your API tokens and sessions end. This cannot be undone."
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            run({ confirmEmail: confirm });
          }}
          noValidate
          className="space-y-4"
        >
          <div className="space-y-1.5">
            <Label htmlFor="confirmEmail">
              Type <span className="font-semibold">{email}</span> to confirm
            </Label>
            <Input
              id="confirmEmail"
              type="email"
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
              autoComplete="off"
              aria-invalid={error ? true : undefined}
              aria-describedby="confirmEmail-error"
            />
            <FieldError id="confirmEmail-error">{error}</FieldError>
          </div>
          <div className="flex justify-end gap-2">
            <DialogClose asChild>
              <Button type="button" variant="secondary">
                Cancel
              </Button>
            </DialogClose>
            <Button type="submit" variant="danger" disabled={pending || !matches}>
              {pending ? "Deleting…" : "Delete my account"}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
