import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

/** A text field (the `input` class in globals.css; a className adds to or overrides it). */
export function Input({ className, ...props }: ComponentProps<"input">) {
  return (
    <input className={cn("input", className)} {...props} />
  );
}

export function Label({ className, ...props }: ComponentProps<"label">) {
  return <label className={cn("label", className)} {...props} />;
}

export function FieldError({ id, children }: { id?: string; children?: string }) {
  if (!children) return null;
  return (
    <p id={id} className="text-sm text-red-700 dark:text-red-400">
      {children}
    </p>
  );
}
