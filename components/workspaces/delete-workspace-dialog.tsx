"use client";

import { useRouter } from "next/navigation";
import { useState, type ComponentProps } from "react";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent } from "@/components/ui/dialog";
import { FieldError, Input, Label } from "@/components/ui/input";
import { useAction } from "@/components/ui/use-action";
import { deleteWorkspaceAction } from "@/lib/actions/workspace-actions";

type Props = {
  slug: string;
  displayName: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus: ComponentProps<typeof DialogContent>["onCloseAutoFocus"];
};

/** Deleting a workspace, after typing its slug (./delete-workspace-button.tsx loads it when it first opens, or is about to). */
export function DeleteWorkspaceDialog({ slug, displayName, open, onOpenChange, onCloseAutoFocus }: Props) {
  const router = useRouter();
  const [confirm, setConfirm] = useState("");
  const { run, pending, fieldError, reset } = useAction(deleteWorkspaceAction, {
    onSuccess: () => {
      toast.success(`${displayName} was deleted.`);
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
        description="This permanently deletes the workspace, its memberships, invitations and API tokens. It cannot be undone."
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
              {pending ? "Deleting…" : "Delete permanently"}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
