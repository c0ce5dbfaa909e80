"use client";

import { useState } from "react";
import { KeyRound } from "@/components/ui/icons/key-round";
import { Plus } from "@/components/ui/icons/plus";
import { Button } from "@/components/ui/button";
import { lazyParts } from "@/components/ui/lazy-parts";
import type { CreateTokenProps } from "./create-token-form";

// The form's code (its fields, the shown-once secret, the actions) loads when the dialog first opens, or is about to.
const form = lazyParts(() => import("./create-token-form").then((m) => m.CreateTokenForm));

/** "New token": the button, and the dialog that creates a workspace token, a service account's or a personal one. */
export function CreateTokenDialog({ triggerLabel = "New token", triggerVariant = "primary", ...props }: CreateTokenProps & { triggerLabel?: string; triggerVariant?: "primary" | "secondary" | "ghost" }) {
  const [trigger, setTrigger] = useState<HTMLButtonElement | null>(null);
  const { parts: CreateTokenForm, open, setOpen } = form.useParts({});
  return (
    <>
      <Button
        ref={setTrigger}
        variant={triggerVariant}
        size={triggerVariant === "primary" ? "md" : "sm"}
        aria-haspopup="dialog"
        aria-expanded={open}
        {...form.preloadOn({})}
        onClick={() => setOpen(true)}
      >
        {triggerVariant === "primary" ? <Plus className="size-4" aria-hidden /> : <KeyRound className="size-4" aria-hidden />}
        {triggerLabel}
      </Button>
      {CreateTokenForm && <CreateTokenForm {...props} open={open} onOpenChange={setOpen} returnFocusTo={trigger} />}
    </>
  );
}
