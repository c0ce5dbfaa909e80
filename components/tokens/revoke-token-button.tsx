"use client";

import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAction } from "@/components/ui/use-action";
import { revokePersonalTokenAction, revokeTokenAction } from "@/lib/actions/token-actions";

const revoke = (slug: string | undefined, tokenId: string) => (slug ? revokeTokenAction(slug, { tokenId }) : revokePersonalTokenAction({ tokenId }));

/** Revokes a workspace token (with `slug`) or a personal access token, after a confirmation; no undo (a revoked secret stays dead). */
export function RevokeTokenButton({ slug, tokenId, name }: { slug?: string; tokenId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const { run, pending } = useAction(revoke, {
    refresh: "always",
    onSuccess: () => (setOpen(false), toast.success(`Token “${name}” revoked.`)),
    onError: (failure) => (setOpen(false), toast.error(failure.message)),
  });
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button variant="ghost" size="sm" aria-label={`Revoke ${name}`}>
          Revoke
        </Button>
      }
      title="Revoke token?"
      description={
        <>
          Anything using <strong>{name}</strong> stops working on its next request. This cannot be undone: create a new token if you need one again.
        </>
      }
      confirmLabel="Revoke token"
      pending={pending}
      onConfirm={() => run(slug, tokenId)}
    />
  );
}
