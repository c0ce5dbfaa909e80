"use client";

import { useSyncExternalStore } from "react";

/** Set by the production server (lib/server/serve.mjs) on a failed page's response: that request's id. */
const ERROR_REFERENCE_COOKIE = "roster-error-ref";

function errorReference(): string | null {
  const match = document.cookie.match(new RegExp(`(?:^|; )${ERROR_REFERENCE_COOKIE}=([\\w.:-]{1,128})`));
  return match?.[1] ?? null;
}

const noSubscription = () => () => {};

/**
 * What a page shows when its server could not render it (app/error.tsx, app/global-error.tsx): in production the
 * browser does not learn the error itself, so the text covers the common cause (the database restarting or busy),
 * and the reference (the failed request's id, or the error's digest where no server set it) finds its log line.
 */
export function UnavailableNotice({ digest, onRetry }: { digest?: string; onRetry: () => void }) {
  // Read in the browser only (the server render has no cookie of the failed response): null there, the id after hydration.
  const requestId = useSyncExternalStore(noSubscription, errorReference, () => null);
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-4 px-4 text-center">
      <title>Temporarily unavailable · Roster</title>
      <p className="text-sm font-semibold text-zinc-600 dark:text-zinc-400">Temporarily unavailable</p>
      <h1 className="text-2xl font-semibold tracking-tight">Roster could not load this page</h1>
      <p className="max-w-sm text-sm text-zinc-600 dark:text-zinc-400">
        The service is temporarily unavailable, usually for a few seconds while its database restarts or is busy. Nothing
        was changed. Try again in a moment.
      </p>
      {/* The Button's classes without its code: Next puts this page into every page's JavaScript, twice (error, global-error). */}
      <button type="button" className="btn btn-primary btn-md" onClick={onRetry}>
        Try again
      </button>
      {requestId || digest ? (
        <p className="max-w-sm text-xs break-all text-zinc-600 dark:text-zinc-400">
          If it keeps happening, quote this {requestId ? "request ID" : "reference"}:
          <code className="mt-1 block font-mono" data-testid="error-reference">
            {requestId ?? digest}
          </code>
        </p>
      ) : null}
    </main>
  );
}
