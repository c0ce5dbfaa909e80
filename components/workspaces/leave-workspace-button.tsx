"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { leaveWorkspaceAction } from "@/lib/actions/member-actions";

/** The leave confirmation; with `open`/`onOpenChange` it is controlled (the switcher), otherwise it renders its own button. */
export function LeaveWorkspaceButton({
  slug,
  displayName,
  open: controlledOpen,
  onOpenChange,
}: {
  slug: string;
  displayName: string;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}) {
  const router = useRouter();
  const [ownOpen, setOwnOpen] = useState(false);
  const open = controlledOpen ?? ownOpen;
  const setOpen = onOpenChange ?? setOwnOpen;
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function leave() {
    startTransition(async () => {
      const result = await leaveWorkspaceAction(slug);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      toast.success(`You left ${displayName}.`);
      setOpen(false);
      router.push("/");
      router.refresh();
    });
  }

  return (
    <Dialog open={open} onOpenChange={(o) => (setOpen(o), setError(undefined))}>
      {controlledOpen === undefined && (
        <DialogTrigger asChild>
          <Button variant="secondary">Leave workspace</Button>
        </DialogTrigger>
      )}
      <DialogContent title={`Leave ${displayName}?`} description="You lose access right away. To come back, someone has to invite you again.">
        {error && (
          <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
            {error}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button variant="danger" onClick={leave} disabled={pending}>
            {pending ? "Leaving…" : "Leave"}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
