"use client";

import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { lazyParts } from "@/components/ui/lazy-parts";

// The dialog's code (the form, the action) loads when it first opens, or is about to: the page renders the button.
const confirmation = lazyParts(() => import("./delete-workspace-dialog").then((m) => m.DeleteWorkspaceDialog));

export function DeleteWorkspaceButton({ slug, displayName, restoreDays }: { slug: string; displayName: string; restoreDays: number }) {
  const trigger = useRef<HTMLButtonElement>(null);
  const { parts: DeleteWorkspaceDialog, open, setOpen } = confirmation.useParts({});
  return (
    <>
      <Button ref={trigger} variant="danger" aria-haspopup="dialog" aria-expanded={open} {...confirmation.preloadOn({})} onClick={() => setOpen(true)}>
        Delete workspace
      </Button>
      {DeleteWorkspaceDialog && (
        <DeleteWorkspaceDialog
          slug={slug}
          displayName={displayName}
          restoreDays={restoreDays}
          open={open}
          onOpenChange={setOpen}
          // Without a Radix trigger the dialog would not know where the focus goes back to.
          onCloseAutoFocus={(event) => (event.preventDefault(), trigger.current?.focus())}
        />
      )}
    </>
  );
}
