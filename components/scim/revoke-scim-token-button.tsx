"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { useAction } from "@/components/ui/use-action";
import { revokeScimTokenAction } from "@/lib/actions/scim-actions";

/** Revokes a SCIM token after a confirmation: the identity provider's next request gets 401. */
export function RevokeScimTokenButton({ slug, tokenId, name }: { slug: string; tokenId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const { run, pending } = useAction((id: string) => revokeScimTokenAction(slug, { tokenId: id }), {
    refresh: "always",
    onSuccess: () => (setOpen(false), toast.success(`SCIM token “${name}” revoked.`)),
    onError: (failure) => (setOpen(false), toast.error(failure.message)),
  });
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button variant="ghost" size="sm" aria-label={`Revoke SCIM token ${name}`}>
          Revoke
        </Button>
      }
      title="Revoke SCIM token?"
      description={
        <>
          Your identity provider can no longer provision or deprovision people with <strong>{name}</strong>. Members it added stay. This cannot be undone.
        </>
      }
      confirmLabel="Revoke token"
      pending={pending}
      onConfirm={() => run(tokenId)}
    />
  );
}
