"use client";

import { toast } from "@/components/ui/toast";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAction } from "@/components/ui/use-action";
import { reactivateMemberAction, suspendMemberAction } from "@/lib/actions/member-actions";
import type { DialogTarget } from "./remove-member-dialog";

/** Suspend or reactivate one member: `mode` says which. */
export type SuspendTarget = DialogTarget & { mode: "suspend" | "reactivate" };

/**
 * The confirmation before suspending a member (their role and tokens are kept, their access stops) or reactivating
 * them (everything back as it was).
 */
export function SuspendMemberDialog({ slug, target, onClose }: { slug: string; target: SuspendTarget | null; onClose: () => void }) {
  const suspend = target?.mode !== "reactivate";
  const { run, pending } = useAction(suspend ? suspendMemberAction : reactivateMemberAction, {
    refresh: "always",
    onSuccess: () => (onClose(), target && toast.success(suspend ? `${target.label} is suspended.` : `${target.label} is active again.`)),
    onError: (failure) => (onClose(), toast.error(failure.message)),
  });
  if (!target) return null;
  const who = <strong>{target.label}</strong>;
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && onClose()}
      returnFocusTo={target.trigger}
      title={suspend ? (target.serviceAccount ? "Suspend service account?" : "Suspend member?") : target.serviceAccount ? "Reactivate service account?" : "Reactivate member?"}
      description={
        suspend ? (
          <>
            {who} has no access to this workspace from their next request, and their API tokens are refused. Their role and tokens are kept:
            reactivating them gives everything back.{target.serviceAccount ? null : " They are emailed."}
          </>
        ) : (
          <>
            {who} gets their access back with their role and API tokens, as before.{target.serviceAccount ? null : " They are emailed."}
          </>
        )
      }
      tone={suspend ? "danger" : "primary"}
      confirmLabel={suspend ? "Suspend" : "Reactivate"}
      pending={pending}
      onConfirm={() => run(slug, { userId: target.userId })}
    />
  );
}
