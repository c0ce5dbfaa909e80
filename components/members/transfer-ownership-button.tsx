"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { transferOwnershipAction } from "@/lib/actions/transfer-ownership-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";

export function TransferOwnershipButton({ slug, userId, label }: { slug: string; userId: string; label: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [demoteSelf, setDemoteSelf] = useState(true);
  const [pending, startTransition] = useTransition();

  function transfer() {
    startTransition(async () => {
      const result = await transferOwnershipAction(slug, { userId, demoteSelf });
      setOpen(false);
      if (!result.ok) toast.error(result.message);
      else toast.success(`${label} is now an owner.`);
      router.refresh();
    });
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" aria-label={`Transfer ownership to ${label}`}>
          Transfer ownership
        </Button>
      </DialogTrigger>
      <DialogContent title={`Transfer ownership to ${label}?`} description="They become an owner of this workspace, with every permission.">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={demoteSelf} onChange={(e) => setDemoteSelf(e.target.checked)} className="size-4" />
          Make me a manager afterwards
        </label>
        <div className="flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button onClick={transfer} disabled={pending}>
            {pending ? "Transferring…" : "Transfer ownership"}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
