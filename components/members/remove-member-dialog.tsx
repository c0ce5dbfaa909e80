"use client";

import { toast } from "sonner";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAction } from "@/components/ui/use-action";
import { removeMemberAction } from "@/lib/actions/member-actions";

/** Who a row dialog acts on, and the button that opened it (focus goes back there when the dialog closes). */
export type DialogTarget = { userId: string; label: string; trigger: HTMLElement | null };

/** Radix returns focus to a Dialog.Trigger; these dialogs have none, so focus goes back to the row's button. */
export function returnFocus(event: Event, target: DialogTarget) {
  event.preventDefault();
  target.trigger?.focus();
}

/** The confirmation before removing a member: one dialog for a whole table, opened for `target`. */
export function RemoveMemberDialog({ slug, target, onClose }: { slug: string; target: DialogTarget | null; onClose: () => void }) {
  const { run, pending } = useAction(removeMemberAction, {
    refresh: "always",
    onSuccess: () => (onClose(), target && toast.success(`${target.label} was removed.`)),
    onError: (failure) => (onClose(), toast.error(failure.message)),
  });
  if (!target) return null;
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && onClose()}
      onCloseAutoFocus={(event) => returnFocus(event, target)}
      title={`Remove ${target.label}?`}
      description="They lose access to this workspace on their next request. Their API tokens for it are revoked."
      confirmLabel="Remove member"
      pendingLabel="Removing…"
      pending={pending}
      onConfirm={() => run(slug, { userId: target.userId })}
    />
  );
}
