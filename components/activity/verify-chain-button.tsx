"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import { verifyActivityAction } from "@/lib/actions/activity-actions";

type Verification = Extract<Awaited<ReturnType<typeof verifyActivityAction>>, { ok: true }>["data"];

/** Verify: recomputes the workspace's hash chain on the server and says whether it is intact, or where it breaks. */
export function VerifyChainButton({ slug }: { slug: string }) {
  const [result, setResult] = useState<Verification | null>(null);
  const { run, pending, failure } = useAction(verifyActivityAction, { onSuccess: setResult, refresh: "never" });
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button type="button" variant="secondary" className="h-10" pending={pending} onClick={() => run(slug, undefined)}>
        Verify
      </Button>
      <p role="status" className="text-sm" data-testid="chain-status">
        {failure ? (
          <span className="text-red-700 dark:text-red-400">{failure.message}</span>
        ) : result?.intact ? (
          <span className="text-emerald-700 dark:text-emerald-400">
            The log is intact: {result.checked} {result.checked === 1 ? "event" : "events"} verified
            {result.anchor.seq > 0 ? ` after event #${result.anchor.seq} (the anchor)` : ""}.
          </span>
        ) : result?.firstBreak ? (
          <span className="text-red-700 dark:text-red-400">
            The log was altered at event {result.firstBreak.seq === null ? `id ${result.firstBreak.id}` : `#${result.firstBreak.seq}`}
            {result.firstBreak.createdAt ? ` (${new Date(result.firstBreak.createdAt).toISOString().replace("T", " ").slice(0, 19)} UTC)` : ""}: {result.firstBreak.reason}
          </span>
        ) : null}
      </p>
    </div>
  );
}
