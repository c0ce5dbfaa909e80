import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

/** A bordered table that scrolls sideways inside its own box; `columns` are the header cells (a hidden label for an actions column). */
export function Table({ columns, children, className }: { columns: ReactNode[]; children: ReactNode; className?: string }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <table className={cn("w-full text-left text-sm", className)}>
        <thead className="border-b border-zinc-200 bg-zinc-50 text-xs uppercase tracking-wide text-zinc-600 dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-400">
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className="px-4 py-3 font-medium">
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

/** The header label of a column of row actions: read by screen readers, not shown. */
export const ACTIONS_COLUMN = <span className="sr-only">Actions</span>;
