"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { revokePersonalTokenAction, revokeTokenAction } from "@/lib/actions/token-actions";

/** Revokes a workspace token (with `slug`) or a personal access token, after a confirmation. */
export function RevokeTokenButton({ slug, tokenId, name }: { slug?: string; tokenId: string; name: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();

  function revoke() {
    startTransition(async () => {
      const result = slug ? await revokeTokenAction(slug, { tokenId }) : await revokePersonalTokenAction({ tokenId });
      setOpen(false);
      if (!result.ok) toast.error(result.message);
      else toast.success(`Token “${name}” was revoked.`);
      router.refresh();
    });
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" aria-label={`Revoke ${name}`}>
          Revoke
        </Button>
      </DialogTrigger>
      <DialogContent title={`Revoke “${name}”?`} description="Anything using this token stops working on its next request. This cannot be undone.">
        <div className="flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button variant="danger" onClick={revoke} disabled={pending}>
            {pending ? "Revoking…" : "Revoke token"}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
