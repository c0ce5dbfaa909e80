import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

type Variants = { variant?: "primary" | "secondary" | "ghost" | "danger" | null; size?: "sm" | "md" | "lg" | null };

/**
 * The button's classes: component classes in globals.css (`btn`, `btn-<variant>`, `btn-<size>`), which a className
 * adds to or overrides, so a variant is its class's name (no class-variance library in the browser).
 */
export function buttonVariants({ variant, size }: Variants = {}): string {
  return `btn btn-${variant ?? "primary"} btn-${size ?? "md"}`;
}

/** A link that looks like a button is a `Link` (or `a`) with `className={buttonVariants(...)}`: no slot library in the browser. */
type ButtonProps = ComponentProps<"button"> &
  Variants & {
    /**
     * While true the button is disabled and busy and shows a spinner over its label, which stays in place (faded
     * out, still its accessible name) so the button keeps its width. Pass it (even false) to reserve that layout.
     */
    pending?: boolean;
  };

export function Button({ className, variant, size, pending, disabled, children, ...props }: ButtonProps) {
  if (pending === undefined) {
    return <button className={cn(buttonVariants({ variant, size }), className)} disabled={disabled} {...props}>{children}</button>;
  }
  return (
    <button
      className={cn(buttonVariants({ variant, size }), "relative", className)}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      {...props}
    >
      <span className={cn("inline-flex items-center justify-center gap-2", pending && "opacity-0")}>{children}</span>
      {pending && (
        <span aria-hidden data-testid="button-spinner" className="absolute inset-0 grid place-items-center">
          <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" className="size-4 animate-spin">
            <path d="M21 12a9 9 0 1 1-6.219-8.56" />
          </svg>
        </span>
      )}
    </button>
  );
}
