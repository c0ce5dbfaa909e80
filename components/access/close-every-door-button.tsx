"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FieldError, Input, Label } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";
import { useAction } from "@/components/ui/use-action";
import { closeEveryDoorAction } from "@/lib/actions/access-actions";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Close every open door": revokes every invite link and pending invitation and turns auto-join off, after typing the slug. */
export function CloseEveryDoorButton({ slug }: { slug: string }) {
  const [open, setOpen] = useState(false);
  const [confirm, setConfirm] = useState("");
  const { run, pending, fieldError, reset } = useAction(closeEveryDoorAction, {
    refresh: "always",
    onSuccess: (closed) => {
      setOpen(false);
      const { inviteLinks, invitations } = closed as { inviteLinks: number; invitations: number };
      toast.success(`Closed: ${plural(inviteLinks, "invite link", "invite links")} and ${plural(invitations, "invitation", "invitations")} revoked, auto-join off.`);
    },
  });
  const error = fieldError("confirmSlug", true);
  return (
    <Dialog open={open} onOpenChange={(o) => (setOpen(o), setConfirm(""), reset())}>
      <DialogTrigger asChild>
        <Button variant="danger">Close every open door</Button>
      </DialogTrigger>
      <DialogContent
        title="Close every open door?"
        description="Every invite link and pending invitation is revoked and auto-join (domains and GitHub) is turned off. Members, API tokens, single sign-on and join requests stay as they are."
      >
        <form
          noValidate
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            run(slug, { confirmSlug: confirm });
          }}
        >
          <div className="space-y-1.5">
            <Label htmlFor="closeConfirmSlug">
              Type <span className="font-mono font-semibold">{slug}</span> to confirm
            </Label>
            <Input
              id="closeConfirmSlug"
              name="confirmSlug"
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
              autoComplete="off"
              aria-invalid={error ? true : undefined}
              aria-describedby="closeConfirmSlug-error"
            />
            <FieldError id="closeConfirmSlug-error">{error}</FieldError>
          </div>
          <div className="flex justify-end gap-2">
            <DialogClose asChild>
              <Button type="button" variant="secondary">Cancel</Button>
            </DialogClose>
            <Button type="submit" variant="danger" pending={pending} disabled={confirm.trim() !== slug}>
              Close every door
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
