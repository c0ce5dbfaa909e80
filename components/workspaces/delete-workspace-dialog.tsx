"use client";

import { useRouter } from "next/navigation";
import { useState, type ComponentProps } from "react";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent } from "@/components/ui/dialog";
import { FieldError, Input, Label } from "@/components/ui/input";
import { useAction } from "@/components/ui/use-action";
import { deleteWorkspaceAction } from "@/lib/actions/workspace-actions";
import { formatDate } from "@/lib/format-date";

type Props = {
  slug: string;
  displayName: string;
  /** How long its owners may restore it (WORKSPACE_RESTORE_DAYS). */
  restoreDays: number;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus: ComponentProps<typeof DialogContent>["onCloseAutoFocus"];
};

/**
 * Deleting a workspace, after typing its slug (./delete-workspace-button.tsx loads it when it first opens, or is about
 * to): the deletion is scheduled, and the owners can restore it from /account until its purge date.
 */
export function DeleteWorkspaceDialog({ slug, displayName, restoreDays, open, onOpenChange, onCloseAutoFocus }: Props) {
  const router = useRouter();
  const [confirm, setConfirm] = useState("");
  const { run, pending, fieldError, reset } = useAction(deleteWorkspaceAction, {
    onSuccess: (result) => {
      toast.success(`${displayName} was deleted. You can restore it from your account page until ${result.purgeAt ? formatDate(result.purgeAt) : "its purge date"}.`);
      onOpenChange(false);
      router.push("/");
    },
  });
  const error = fieldError("confirmSlug", true);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    run(slug, { confirmSlug: confirm });
  }

  return (
    <Dialog open={open} onOpenChange={(o) => (onOpenChange(o), setConfirm(""), reset())}>
      <DialogContent
        title={`Delete ${displayName}?`}
        description={`Every member loses access and its API tokens stop working at once. Its owners can restore it, with its members, invitations and tokens, from their account page for ${restoreDays} days; after that it is deleted for good.`}
        onCloseAutoFocus={onCloseAutoFocus}
      >
        <form onSubmit={submit} noValidate className="space-y-4">
          <div className="space-y-1.5">
            <Label htmlFor="confirmSlug">
              Type <span className="font-mono font-semibold">{slug}</span> to confirm
            </Label>
            <Input
              id="confirmSlug"
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
              autoComplete="off"
              aria-invalid={error ? true : undefined}
              aria-describedby="confirmSlug-error"
            />
            <FieldError id="confirmSlug-error">{error}</FieldError>
          </div>
          <div className="flex justify-end gap-2">
            <DialogClose asChild>
              <Button type="button" variant="secondary">Cancel</Button>
            </DialogClose>
            <Button type="submit" variant="danger" disabled={pending || confirm !== slug}>
              {pending ? "Deleting…" : "Delete workspace"}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
