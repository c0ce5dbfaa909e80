"use client";

import { Dialog as D } from "radix-ui";
import { X } from "@/components/ui/icons/x";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/utils";

export type DialogContentProps = ComponentProps<typeof D.Content> & { title: string; description?: ReactNode };

/** Radix's dialog with Roster's styling: what ./dialog.tsx loads the first time a dialog opens (or is about to). */
function Content({ title, description, children, className, ...props }: DialogContentProps) {
  return (
    <D.Portal>
      <D.Overlay className="fixed inset-0 z-50 bg-black/40 backdrop-blur-[2px]" />
      <D.Content
        className={cn("dialog-content", className)}
        {...props}
      >
        <div className="space-y-1.5 pr-6">
          <D.Title className="text-lg font-semibold tracking-tight wrap-anywhere">{title}</D.Title>
          {description ? (
            <D.Description className="text-sm text-zinc-600 wrap-anywhere dark:text-zinc-400">{description}</D.Description>
          ) : (
            <D.Description className="sr-only">{title}</D.Description>
          )}
        </div>
        {children}
        <D.Close
          aria-label="Close"
          className="absolute right-4 top-4 rounded-md p-1 text-zinc-500 hover:bg-zinc-100 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-zinc-500 dark:hover:bg-zinc-800"
        >
          <X className="size-4" aria-hidden />
        </D.Close>
      </D.Content>
    </D.Portal>
  );
}

export const parts = { Root: D.Root, Trigger: D.Trigger, Close: D.Close, Content };
export type DialogParts = typeof parts;
