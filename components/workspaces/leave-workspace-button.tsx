"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAction } from "@/components/ui/use-action";
import { leaveWorkspaceAction } from "@/lib/actions/member-actions";

/**
 * The leave confirmation; with `open`/`onOpenChange` it is controlled (the switcher), otherwise it renders its own
 * button (`triggerLabel`). Afterwards the browser goes home, or (`stay`, the account page's list) stays and refreshes.
 * `disabledBy`: the id of the text saying why this person may not leave (leaveWorkspaceRule); the button is then
 * disabled and described by it.
 */
export function LeaveWorkspaceButton({
  slug,
  displayName,
  open: controlledOpen,
  onOpenChange,
  disabledBy,
  triggerLabel = "Leave workspace",
  stay = false,
}: {
  slug: string;
  displayName: string;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  disabledBy?: string;
  triggerLabel?: string;
  stay?: boolean;
}) {
  const router = useRouter();
  const [ownOpen, setOwnOpen] = useState(false);
  const open = controlledOpen ?? ownOpen;
  const setOpen = onOpenChange ?? setOwnOpen;
  const { run, pending, failure, reset } = useAction(leaveWorkspaceAction, {
    onSuccess: () => {
      toast.success(`You left ${displayName}.`);
      setOpen(false);
      if (!stay) router.push("/");
    },
  });
  if (disabledBy) {
    return (
      <Button variant="secondary" disabled aria-describedby={disabledBy}>
        {triggerLabel}
      </Button>
    );
  }
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(o) => (setOpen(o), reset())}
      trigger={controlledOpen === undefined ? <Button variant="secondary" size={stay ? "sm" : "md"} aria-label={stay ? `Leave ${displayName}` : undefined}>{triggerLabel}</Button> : undefined}
      title={`Leave ${displayName}?`}
      description="You lose access right away. To come back, someone has to invite you again."
      confirmLabel="Leave"
      pending={pending}
      error={failure?.message}
      onConfirm={() => run(slug)}
    />
  );
}
