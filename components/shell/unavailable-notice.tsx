"use client";

import { Button } from "@/components/ui/button";

/**
 * What a page shows when its server could not render it (app/error.tsx, app/global-error.tsx): in production the
 * browser only learns the error's digest, so the text covers the common cause (the database restarting or busy)
 * and the reference lets an administrator find the log line, which carries the request's id and the cause.
 */
export function UnavailableNotice({ digest, onRetry }: { digest?: string; onRetry: () => void }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-4 px-4 text-center">
      <title>Temporarily unavailable · Roster</title>
      <p className="text-sm font-semibold text-zinc-600 dark:text-zinc-400">Temporarily unavailable</p>
      <h1 className="text-2xl font-semibold tracking-tight">Roster could not load this page</h1>
      <p className="max-w-sm text-sm text-zinc-600 dark:text-zinc-400">
        The service is temporarily unavailable, usually for a few seconds while its database restarts or is busy. Nothing
        was changed. Try again in a moment.
      </p>
      <Button onClick={onRetry}>Try again</Button>
      {digest ? (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          If it keeps happening, quote this reference: <code className="font-mono">{digest}</code>
        </p>
      ) : null}
    </main>
  );
}
