"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Where a click on a link goes when the app's router should take it (a page of this app, in this tab), else null: the
 * browser's own navigation (a modified or middle click, `target`, `download`, another origin, a route handler under
 * /api/, a place on the same page, or a link marked `data-full-navigation`, such as one that starts a sign-in).
 */
export function appLinkDestination(event: MouseEvent): string | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = (event.target as Element | null)?.closest?.("a[href]");
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute("download") || link.hasAttribute("data-full-navigation")) return null;
  if (link.target && link.target !== "_self") return null;
  const to = new URL(link.href);
  const here = window.location;
  if (to.origin !== here.origin || to.pathname.startsWith("/api/")) return null;
  if (to.hash && to.pathname === here.pathname && to.search === here.search) return null;
  return `${to.pathname}${to.search}${to.hash}`;
}

/**
 * The app's links are plain `<a href>` (they work before hydration and without JavaScript); once the page has
 * hydrated, this one listener makes a click on one a client-side navigation through Next's router, as next/link does,
 * without next/link's code on every page (about 3 KB compressed; the app's pages are dynamic, so its prefetching had
 * little to fetch). Bubble phase, added after React's: a link's own onClick that prevents the default wins.
 */
export function LinkNavigation() {
  const router = useRouter();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const to = appLinkDestination(event);
      if (!to) return;
      event.preventDefault();
      router.push(to);
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [router]);
  return null;
}
