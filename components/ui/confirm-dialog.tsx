"use client";

import type { ReactNode } from "react";
import { Button } from "./button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "./dialog";

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The question, naming the action and its object: "Revoke the invitation to ada@example.com?" */
  title: string;
  /** What happens, in a sentence or two. */
  description: ReactNode;
  /** The verb, as on the button that opened it: "Revoke invitation", "Change role". */
  confirmLabel: string;
  /** While the action runs the button shows a spinner (keeping its width and name) and cannot be pressed again. */
  pending: boolean;
  onConfirm: () => void;
  /** danger for what takes access away; primary for what grants or changes it. */
  tone?: "danger" | "primary";
  /** A refusal shown in the dialog (it stays open). */
  error?: string | null;
  /** The button that opens it; focus goes back to it when the dialog closes. */
  trigger?: ReactNode;
  /**
   * Without a trigger the dialog is opened by another element (a row's button, a role select: one dialog serves a
   * whole table): focus goes back to that element when the dialog closes, if it is still on the page.
   */
  returnFocusTo?: HTMLElement | null;
  children?: ReactNode;
};

/**
 * The one confirmation of every destructive or access-changing action: the question, what happens, Cancel and the
 * verb. Focus starts on the first control (Cancel unless the dialog has fields of its own), so Enter never confirms
 * by accident; Escape or Cancel closes it.
 */
export function ConfirmDialog({ open, onOpenChange, title, description, confirmLabel, pending, onConfirm, tone = "danger", error, trigger, returnFocusTo, children }: Props) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {trigger && <DialogTrigger asChild>{trigger}</DialogTrigger>}
      <DialogContent
        title={title}
        description={description}
        onCloseAutoFocus={
          returnFocusTo === undefined
            ? undefined
            : (event) => {
                event.preventDefault();
                if (returnFocusTo?.isConnected) returnFocusTo.focus();
              }
        }
      >
        {error && (
          <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
            {error}
          </p>
        )}
        {children}
        <div className="flex flex-wrap justify-end gap-2">
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button variant={tone} onClick={onConfirm} pending={pending} data-testid="confirm-button">
            {confirmLabel}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
