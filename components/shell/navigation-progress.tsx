"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";

/** How long the bar may show without the address changing (a navigation that failed or was cancelled). */
const GIVE_UP_MS = 15_000;

/** Where a click on this link goes, when it is a navigation of this app in this tab (else null). */
function linkDestination(event: MouseEvent): URL | null {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = (event.target as Element | null)?.closest?.("a[href]");
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute("download") || (link.target && link.target !== "_self")) return null;
  return new URL(link.href);
}

/** Where a submitted search form (next/form: GET to a path of the app) goes; a server action's form is not a navigation. */
function formDestination(event: SubmitEvent): URL | null {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || form.method.toLowerCase() !== "get") return null;
  const url = new URL(form.action);
  url.search = new URLSearchParams(new FormData(form, event.submitter) as unknown as Record<string, string>).toString();
  return url;
}

/**
 * The route-level loading state: a thin bar across the top while the next page's response is on its way, started by
 * a click on one of the app's links (or a search form's submit) and done when the address changes. The page being
 * left stays in place meanwhile; nothing is rendered for it on the server, so it costs the page's response nothing.
 */
export function NavigationProgress() {
  const pathname = usePathname();
  const address = `${pathname}?${useSearchParams().toString()}`;
  // The address a navigation started from: it is pending until the address changes (the next page arrived).
  const [startedAt, setStartedAt] = useState<string | null>(null);
  const pending = startedAt === address;

  useEffect(() => {
    const start = (to: URL | null) => {
      const here = window.location;
      if (!to || to.origin !== here.origin || (to.pathname === here.pathname && to.search === here.search)) return;
      // Route handlers (an export's download, the OpenAPI document) answer without a page: nothing to wait for.
      if (to.pathname.startsWith("/api/")) return;
      setStartedAt(`${here.pathname}?${new URLSearchParams(here.search).toString()}`);
    };
    const onClick = (event: MouseEvent) => start(linkDestination(event));
    const onSubmit = (event: SubmitEvent) => start(formDestination(event));
    // Capture phase: before the link handler (./link-navigation.tsx) or a search form cancels the browser's own navigation.
    document.addEventListener("click", onClick, true);
    document.addEventListener("submit", onSubmit, true);
    return () => {
      document.removeEventListener("click", onClick, true);
      document.removeEventListener("submit", onSubmit, true);
    };
  }, []);

  useEffect(() => {
    if (!pending) return;
    const giveUp = window.setTimeout(() => setStartedAt(null), GIVE_UP_MS);
    return () => window.clearTimeout(giveUp);
  }, [pending]);

  if (!pending) return null;
  return (
    <div role="progressbar" aria-label="Loading page" data-testid="page-loading" className="navigation-progress">
      <div />
    </div>
  );
}
