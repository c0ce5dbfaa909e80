"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

/** Overview and Settings links for the current workspace, in the header. */
export function WorkspaceNav({ slug }: { slug: string }) {
  const pathname = usePathname();
  const links = [
    { href: `/w/${slug}`, label: "Overview", active: pathname === `/w/${slug}` },
    { href: `/w/${slug}/settings/general`, label: "Settings", active: pathname.startsWith(`/w/${slug}/settings`) },
  ];
  return (
    <nav aria-label="Workspace" className="hidden items-center gap-1 sm:flex">
      {links.map((l) => (
        <Link
          key={l.href}
          href={l.href}
          aria-current={l.active ? "page" : undefined}
          className={cn(
            "rounded-lg px-2.5 py-1.5 text-sm font-medium outline-none focus-visible:ring-2 focus-visible:ring-zinc-500",
            l.active ? "bg-zinc-100 text-zinc-900 dark:bg-zinc-800 dark:text-white" : "text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white",
          )}
        >
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
