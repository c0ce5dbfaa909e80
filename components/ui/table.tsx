import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/utils";

/**
 * A table (`columns` are the header cells; a hidden label for an actions column). From 640 px it scrolls sideways
 * inside its own box, which is `relative` so that even a visually hidden header (absolutely positioned) stays inside
 * it; below 640 px its rows stack as cards (`.data-table` in globals.css), each cell under its `Cell` label.
 * `bordered={false}` inside a card that already draws the box.
 */
export function Table({ columns, children, className, bordered = true }: { columns: ReactNode[]; children: ReactNode; className?: string; bordered?: boolean }) {
  return (
    <div
      className={cn(
        "relative overflow-x-auto",
        bordered && "rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900",
      )}
    >
      <table className={cn("data-table w-full text-left text-sm", !bordered && "data-table-plain", className)}>
        <thead
          className={cn(
            "text-xs uppercase tracking-wide text-zinc-600 dark:text-zinc-400",
            bordered && "border-b border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-950",
          )}
        >
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">{children}</tbody>
      </table>
    </div>
  );
}

/** A body cell; `label` (its column's name) heads it when the rows stack on a phone. Leave it out where the content says it. */
export function Cell({ label, ...props }: ComponentProps<"td"> & { label?: string }) {
  return <td data-label={label} {...props} />;
}

/** The header label of a column of row actions: read by screen readers, not shown. */
export const ACTIONS_COLUMN = <span className="sr-only">Actions</span>;
