"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { removeMemberAction } from "@/lib/actions/remove-member-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";

export function RemoveMemberButton({ slug, userId, label }: { slug: string; userId: string; label: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();

  function remove() {
    startTransition(async () => {
      const result = await removeMemberAction(slug, { userId });
      setOpen(false);
      if (!result.ok) {
        toast.error(result.message);
      } else {
        toast.success(`${label} was removed.`);
      }
      router.refresh();
    });
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" aria-label={`Remove ${label}`}>
          Remove
        </Button>
      </DialogTrigger>
      <DialogContent title={`Remove ${label}?`} description="They lose access to this workspace on their next request. Their API tokens for it are revoked.">
        <div className="flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button variant="danger" onClick={remove} disabled={pending}>
            {pending ? "Removing…" : "Remove member"}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
