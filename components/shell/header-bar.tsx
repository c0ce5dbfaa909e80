import type { ReactNode } from "react";

/**
 * The sticky top bar every signed-in page and the API reference share: the Roster mark, a slash, then `children`.
 * Its row wraps: a child may move to a second row on phones (the workspace navigation does), so nothing overflows.
 */
export function HeaderBar({ children }: { children: ReactNode }) {
  return (
    <header className="sticky top-0 z-40 border-b border-zinc-200 bg-white/80 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/80">
      <div className="mx-auto flex min-h-14 max-w-6xl flex-wrap items-center gap-x-2 px-4 sm:gap-x-3">
        <a href="/" aria-label="Roster home" className="grid size-8 shrink-0 place-items-center rounded-lg bg-zinc-900 text-sm font-bold text-white dark:bg-white dark:text-zinc-900">
          R
        </a>
        <span aria-hidden className="text-zinc-300 dark:text-zinc-700">/</span>
        {children}
      </div>
    </header>
  );
}
