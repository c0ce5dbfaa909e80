"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/** A link of a navigation; `section`: it is the current page anywhere at or under that path, else only on `href`. */
export type NavLink = { href: string; label: string; section?: string };

/**
 * A row of links that marks the current page (`aria-current`, which the `nav-tabs` and `nav-pills` classes in
 * globals.css style): the one client part of the settings tabs (./settings-nav.tsx) and the header's workspace
 * navigation (components/workspaces/workspace-nav.tsx).
 */
export function NavLinks({ label, links, className, testId }: { label: string; links: NavLink[]; className: string; testId?: string }) {
  const pathname = usePathname();
  const nav = useRef<HTMLElement>(null);
  // A row wider than a phone scrolls sideways inside itself: bring the current page's link into view (the nav scrolls,
  // never the page), so the tab of the page you are on is never hidden past the edge.
  useEffect(() => {
    const row = nav.current;
    const current = row?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!row || !current || row.scrollWidth <= row.clientWidth) return;
    const left = current.getBoundingClientRect().left - row.getBoundingClientRect().left + row.scrollLeft;
    if (left < row.scrollLeft || left + current.offsetWidth > row.scrollLeft + row.clientWidth) {
      row.scrollLeft = Math.max(0, left - (row.clientWidth - current.offsetWidth) / 2);
    }
  }, [pathname]);
  return (
    <nav ref={nav} aria-label={label} data-testid={testId} className={className}>
      {links.map((link) => {
        const active = link.section ? pathname === link.section || pathname.startsWith(`${link.section}/`) : pathname === link.href;
        return (
          <a key={link.href} href={link.href} aria-current={active ? "page" : undefined}>
            {link.label}
          </a>
        );
      })}
    </nav>
  );
}
