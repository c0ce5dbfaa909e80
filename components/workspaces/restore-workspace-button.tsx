"use client";

import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import { restoreWorkspaceAction } from "@/lib/actions/workspace-actions";

/** Restores a workspace scheduled for deletion (its owners, on the account page): its members get their access back. */
export function RestoreWorkspaceButton({ slug, displayName }: { slug: string; displayName: string }) {
  const { run, pending } = useAction(restoreWorkspaceAction, {
    onSuccess: () => toast.success(`${displayName} was restored. Its members have their access back.`),
    onError: (failure) => toast.error(failure.message),
  });
  return (
    <Button size="sm" variant="secondary" pending={pending} aria-label={`Restore ${displayName}`} onClick={() => run(slug, undefined)}>
      Restore
    </Button>
  );
}
