import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

/** A styled native select (the `select` class in globals.css): keyboard and screen-reader behaviour come from the browser. */
export function NativeSelect({ className, ...props }: ComponentProps<"select">) {
  return (
    <select className={cn("select", className)} {...props} />
  );
}
