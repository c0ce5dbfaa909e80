"use client";

import { useState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/run-action";
import { toast } from "./toast";
import { Button } from "./button";
import { lazyParts } from "./lazy-parts";
import { useAction } from "./use-action";
import { useUndoToast } from "./use-undo-toast";

// The confirmation's code loads when it first opens, or is about to (the button pointed at or focused): lists render
// the button on every row.
const confirmation = lazyParts(() => import("./confirm-dialog").then((m) => m.ConfirmDialog));

type Props = {
  /** The button's text ("Revoke") and its accessible name, naming the object ("Revoke invite link abc123…"). */
  label: string;
  ariaLabel: string;
  className?: string;
  /** The confirmation: its question, what happens, and the verb on its button. */
  title: string;
  description: ReactNode;
  confirmLabel: string;
  /** The server action with its arguments bound (`revokeInviteLinkAction.bind(null, slug, { linkId })`), and its reverse. */
  action: () => Promise<ActionResult<unknown>>;
  undo: () => Promise<ActionResult<unknown>>;
  /** The success toast, which offers Undo, and the toast once undone. */
  done: string;
  undone: string;
};

/**
 * A row's revoking button, as a small client island of a list rendered on the server: it asks first (the one
 * confirmation pattern), runs the bound server action, then offers Undo in the toast. Refusals are a toast too.
 */
export function ConfirmUndoButton({ label, ariaLabel, className, title, description, confirmLabel, action, undo, done, undone }: Props) {
  const showUndo = useUndoToast();
  // The button that opened the confirmation (focus goes back to it); null while it is closed.
  const [confirming, setConfirming] = useState<HTMLElement | null>(null);
  const running = useAction(action, {
    refresh: "always",
    onSuccess: () => (setConfirming(null), showUndo(done, { undo, undone })),
    onError: (failure) => (setConfirming(null), toast.error(failure.message)),
  });
  const { parts: ConfirmDialog } = confirmation.useParts({ open: confirming !== null, onOpenChange: (open) => !open && setConfirming(null) });
  return (
    <>
      <Button variant="ghost" size="sm" className={className} aria-haspopup="dialog" aria-label={ariaLabel} {...confirmation.preloadOn({})} onClick={(e) => setConfirming(e.currentTarget)}>
        {label}
      </Button>
      {confirming && ConfirmDialog && (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && setConfirming(null)}
          returnFocusTo={confirming}
          title={title}
          description={description}
          confirmLabel={confirmLabel}
          pending={running.pending}
          onConfirm={() => running.run()}
        />
      )}
    </>
  );
}
