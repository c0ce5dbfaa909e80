"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent } from "@/components/ui/dialog";
import { removeMemberAction } from "@/lib/actions/member-actions";

/** Who a row dialog acts on, and the button that opened it (focus goes back there when the dialog closes). */
export type DialogTarget = { userId: string; label: string; trigger: HTMLElement | null };

/** Radix returns focus to a Dialog.Trigger; these dialogs have none, so focus goes back to the row's button. */
export function returnFocus(event: Event, target: DialogTarget) {
  event.preventDefault();
  target.trigger?.focus();
}

/** The confirmation before removing a member: one dialog for a whole table, opened for `target`. */
export function RemoveMemberDialog({
  slug,
  target,
  onClose,
}: {
  slug: string;
  target: DialogTarget | null;
  onClose: () => void;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function remove(member: DialogTarget) {
    startTransition(async () => {
      const result = await removeMemberAction(slug, { userId: member.userId });
      onClose();
      if (!result.ok) toast.error(result.message);
      else toast.success(`${member.label} was removed.`);
      router.refresh();
    });
  }

  return (
    <Dialog open={target !== null} onOpenChange={(open) => !open && onClose()}>
      {target && (
        <DialogContent
          onCloseAutoFocus={(event) => returnFocus(event, target)}
          title={`Remove ${target.label}?`}
          description="They lose access to this workspace on their next request. Their API tokens for it are revoked."
        >
          <div className="flex justify-end gap-2">
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button variant="danger" onClick={() => remove(target)} disabled={pending}>
              {pending ? "Removing…" : "Remove member"}
            </Button>
          </div>
        </DialogContent>
      )}
    </Dialog>
  );
}
