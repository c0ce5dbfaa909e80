"use client";

import { TriangleAlert } from "@/components/ui/icons/triangle-alert";
import { Button } from "./button";
import { CopyButton } from "./copy-button";
import { DialogClose } from "./dialog";
import { Input, Label } from "./input";

/** The title and description of every dialog that shows a secret once, so they read the same: "Copy your new token". */
export function shownOnceText(what: "token" | "invite link" | "signing secret") {
  return {
    title: `Copy your new ${what}`,
    description:
      what === "invite link"
        ? "This is the only time the link is shown. Share it only with the people you want to invite."
        : `This is the only time the ${what} is shown. Store it somewhere safe, such as a secrets manager.`,
  };
}

/**
 * The body of a shown-once dialog (a new API token, a service account's token, a new invite link): the value with
 * a copy button, the warning that it will not be shown again, and Done, which closes the dialog.
 */
export function ShownOnceSecret({ id, label, value, testId }: { id: string; label: "Token" | "Invite link" | "Signing secret"; value: string; testId: string }) {
  return (
    <div className="space-y-4">
      <div className="space-y-1.5">
        <Label htmlFor={id}>{label}</Label>
        <div className="flex gap-2">
          <Input id={id} readOnly value={value} data-testid={testId} className="font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
          <CopyButton value={value} label={`Copy ${label.toLowerCase()}`} />
        </div>
      </div>
      <p className="flex gap-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950/60 dark:text-amber-200">
        <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
        {label === "Signing secret" ? "You will not be able to see it again. If you lose it, rotate it." : "You will not be able to see it again. If you lose it, revoke it and create a new one."}
      </p>
      <div className="flex justify-end">
        <DialogClose asChild>
          <Button>Done</Button>
        </DialogClose>
      </div>
    </div>
  );
}
