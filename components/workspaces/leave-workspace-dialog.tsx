"use client";

import { useRouter } from "next/navigation";
import { toast } from "@/components/ui/toast";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAction } from "@/components/ui/use-action";
import { leaveWorkspaceAction } from "@/lib/actions/member-actions";

type Props = {
  slug: string;
  displayName: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Stay and refresh afterwards (the account page's list) instead of going home. */
  stay: boolean;
  /** Where the focus goes back to when it closes (the button that opened it). */
  returnFocusTo?: HTMLElement | null;
};

/** The leave confirmation (./leave-workspace-button.tsx loads it when it first opens, or is about to). */
export function LeaveWorkspaceDialog({ slug, displayName, open, onOpenChange, stay, returnFocusTo }: Props) {
  const router = useRouter();
  const { run, pending, failure, reset } = useAction(leaveWorkspaceAction, {
    onSuccess: () => {
      toast.success(`You left ${displayName}.`);
      onOpenChange(false);
      if (!stay) router.push("/");
    },
  });
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(o) => (onOpenChange(o), reset())}
      title={`Leave ${displayName}?`}
      description="You lose access right away. To come back, someone has to invite you again."
      confirmLabel="Leave"
      pending={pending}
      error={failure?.message}
      onConfirm={() => run(slug)}
      returnFocusTo={returnFocusTo}
    />
  );
}
