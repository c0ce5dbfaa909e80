"use client";

import { useEffect } from "react";
import { LAST_WORKSPACE_COOKIE, LAST_WORKSPACE_MAX_AGE_SECONDS } from "@/lib/workspaces/last-workspace-cookie";

/**
 * Stores the workspace being viewed in a cookie, so "/" returns to it next time. The browser writes it (a slug is not
 * a secret), which keeps a proxy off every workspace request.
 */
export function RememberWorkspace({ slug }: { slug: string }) {
  useEffect(() => {
    const secure = window.location.protocol === "https:" ? "; secure" : "";
    document.cookie = `${LAST_WORKSPACE_COOKIE}=${encodeURIComponent(slug)}; path=/; max-age=${LAST_WORKSPACE_MAX_AGE_SECONDS}; samesite=lax${secure}`;
  }, [slug]);
  return null;
}
