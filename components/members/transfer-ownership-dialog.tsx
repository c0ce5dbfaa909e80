"use client";

import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAction } from "@/components/ui/use-action";
import { transferOwnershipAction } from "@/lib/actions/member-actions";
import type { DialogTarget } from "./remove-member-dialog";

/** The confirmation before making `target` an owner, optionally stepping down to manager: one dialog per table. */
export function TransferOwnershipDialog({ slug, target, onClose }: { slug: string; target: DialogTarget | null; onClose: () => void }) {
  const [demoteSelf, setDemoteSelf] = useState(true);
  const { run, pending } = useAction(transferOwnershipAction, {
    refresh: "always",
    onSuccess: () => (onClose(), target && toast.success(`${target.label} is now an owner.`)),
    onError: (failure) => (onClose(), toast.error(failure.message)),
  });
  if (!target) return null;
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && onClose()}
      returnFocusTo={target.trigger}
      title="Transfer ownership?"
      description={
        <>
          <strong>{target.label}</strong> becomes an owner of this workspace, with every permission.
        </>
      }
      tone="primary"
      confirmLabel="Transfer ownership"
      pending={pending}
      onConfirm={() => run(slug, { userId: target.userId, demoteSelf })}
    >
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={demoteSelf} onChange={(e) => setDemoteSelf(e.target.checked)} className="size-4" />
        Make me a manager afterwards
      </label>
    </ConfirmDialog>
  );
}
