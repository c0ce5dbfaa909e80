"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

/**
 * Overview and Settings for the current workspace: in the header's row from `sm` up, and on phones a row of its own
 * under it (the header wraps), so the two links are never hidden.
 */
export function WorkspaceNav({ slug }: { slug: string }) {
  const pathname = usePathname();
  const links = [
    { href: `/w/${slug}`, label: "Overview", active: pathname === `/w/${slug}` },
    { href: `/w/${slug}/settings/general`, label: "Settings", active: pathname.startsWith(`/w/${slug}/settings`) },
  ];
  return (
    <nav
      aria-label="Workspace"
      data-testid="workspace-nav"
      className="order-last -mx-4 flex basis-[calc(100%+2rem)] items-center gap-1 border-t border-zinc-200 px-2 py-1.5 sm:order-none sm:mx-0 sm:basis-auto sm:border-0 sm:p-0 dark:border-zinc-800"
    >
      {links.map((l) => (
        <Link
          key={l.href}
          href={l.href}
          aria-current={l.active ? "page" : undefined}
          className={cn(
            "flex-1 rounded-lg px-2.5 py-1.5 text-center text-sm font-medium outline-none focus-visible:ring-2 focus-visible:ring-zinc-500 sm:flex-none",
            l.active ? "bg-zinc-100 text-zinc-900 dark:bg-zinc-800 dark:text-white" : "text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white",
          )}
        >
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
