/** Remembers the last workspace visited, so "/" can return to it (set by the browser, read by app/page.tsx). */
export const LAST_WORKSPACE_COOKIE = "roster_last_workspace";
export const LAST_WORKSPACE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;
