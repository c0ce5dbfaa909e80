"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { lazyParts } from "@/components/ui/lazy-parts";

// The confirmation's code (the dialog, the action) loads when it first opens, or is about to: pages render the button.
const confirmation = lazyParts(() => import("./leave-workspace-dialog").then((m) => m.LeaveWorkspaceDialog));

/**
 * The leave confirmation; with `open`/`onOpenChange` it is controlled (the switcher), otherwise it renders its own
 * button (`triggerLabel`). Afterwards the browser goes home, or (`stay`, the account page's list) stays and refreshes.
 * `disabledBy`: the id of the text saying why this person may not leave (leaveWorkspaceRule); the button is then
 * disabled and described by it.
 */
export function LeaveWorkspaceButton({
  slug,
  displayName,
  open: controlledOpen,
  onOpenChange,
  disabledBy,
  triggerLabel = "Leave workspace",
  stay = false,
}: {
  slug: string;
  displayName: string;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  disabledBy?: string;
  triggerLabel?: string;
  stay?: boolean;
}) {
  const [trigger, setTrigger] = useState<HTMLButtonElement | null>(null);
  const { parts: LeaveWorkspaceDialog, open, setOpen } = confirmation.useParts({ open: controlledOpen, onOpenChange });
  if (disabledBy) {
    return (
      <Button variant="secondary" disabled aria-describedby={disabledBy}>
        {triggerLabel}
      </Button>
    );
  }
  const ownTrigger = controlledOpen === undefined;
  return (
    <>
      {ownTrigger && (
        <Button
          ref={setTrigger}
          variant="secondary"
          size={stay ? "sm" : "md"}
          aria-label={stay ? `Leave ${displayName}` : undefined}
          aria-haspopup="dialog"
          aria-expanded={open}
          {...confirmation.preloadOn({})}
          onClick={() => setOpen(true)}
        >
          {triggerLabel}
        </Button>
      )}
      {LeaveWorkspaceDialog && (
        <LeaveWorkspaceDialog
          slug={slug}
          displayName={displayName}
          open={open}
          onOpenChange={setOpen}
          stay={stay}
          // Without a Radix trigger the dialog would not know where the focus goes back to.
          returnFocusTo={ownTrigger ? trigger : undefined}
        />
      )}
    </>
  );
}
