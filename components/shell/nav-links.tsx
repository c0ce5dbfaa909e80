"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** A link of a navigation; `section`: it is the current page anywhere at or under that path, else only on `href`. */
export type NavLink = { href: string; label: string; section?: string };

/**
 * A row of links that marks the current page (`aria-current`, which the `nav-tabs` and `nav-pills` classes in
 * globals.css style): the one client part of the settings tabs (./settings-nav.tsx) and the header's workspace
 * navigation (components/workspaces/workspace-nav.tsx).
 */
export function NavLinks({ label, links, className, testId }: { label: string; links: NavLink[]; className: string; testId?: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} data-testid={testId} className={className}>
      {links.map((link) => {
        const active = link.section ? pathname === link.section || pathname.startsWith(`${link.section}/`) : pathname === link.href;
        return (
          <Link key={link.href} href={link.href} aria-current={active ? "page" : undefined}>
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
