"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent } from "@/components/ui/dialog";
import { returnFocus, type DialogTarget } from "./remove-member-dialog";
import { transferOwnershipAction } from "@/lib/actions/member-actions";

/** The confirmation before making `target` an owner, optionally stepping down to manager: one dialog per table. */
export function TransferOwnershipDialog({ slug, target, onClose }: { slug: string; target: DialogTarget | null; onClose: () => void }) {
  const router = useRouter();
  const [demoteSelf, setDemoteSelf] = useState(true);
  const [pending, startTransition] = useTransition();

  function transfer(member: DialogTarget) {
    startTransition(async () => {
      const result = await transferOwnershipAction(slug, { userId: member.userId, demoteSelf });
      onClose();
      if (!result.ok) toast.error(result.message);
      else toast.success(`${member.label} is now an owner.`);
      router.refresh();
    });
  }

  return (
    <Dialog open={target !== null} onOpenChange={(open) => !open && onClose()}>
      {target && (
        <DialogContent onCloseAutoFocus={(event) => returnFocus(event, target)} title={`Transfer ownership to ${target.label}?`} description="They become an owner of this workspace, with every permission.">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={demoteSelf} onChange={(e) => setDemoteSelf(e.target.checked)} className="size-4" />
            Make me a manager afterwards
          </label>
          <div className="flex justify-end gap-2">
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button onClick={() => transfer(target)} disabled={pending}>
              {pending ? "Transferring…" : "Transfer ownership"}
            </Button>
          </div>
        </DialogContent>
      )}
    </Dialog>
  );
}
