"use client";

import { unstable_rethrow, useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import type { ActionFailure } from "@/lib/errors";
import type { ActionResult } from "@/lib/actions/run-action";

type Options<T> = {
  onSuccess?: (data: T) => void;
  onError?: (failure: ActionFailure) => void;
  /** Re-render the page's server data afterwards: on success (default), always (a refusal may mean the row changed), or never. */
  refresh?: "success" | "always" | "never";
};

/**
 * Runs a server action from a client component: pending state, the last failure and its field errors, and a refresh of
 * the page's server data. The one copy of what every form and button did by hand.
 */
export function useAction<A extends unknown[], T>(action: (...args: A) => Promise<ActionResult<T>>, options: Options<T> = {}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  /** Fields the person has edited since the last failure: their errors are no longer shown. */
  const [corrected, setCorrected] = useState<ReadonlySet<string>>(new Set());
  const refresh = options.refresh ?? "success";

  // A field's error clears as the person corrects that field (an input or change event on an element of that name).
  // Listened to in the bubble phase, after React's own handlers: a state update in the capture phase re-rendered a
  // controlled input with its old value before its onChange ran, undoing an edit made in one event (a paste).
  useEffect(() => {
    if (!failure) return;
    const onEdit = (event: Event) => {
      const name = (event.target as { name?: unknown } | null)?.name;
      if (typeof name === "string" && name) setCorrected((done) => (done.has(name) ? done : new Set([...done, name])));
    };
    document.addEventListener("input", onEdit);
    document.addEventListener("change", onEdit);
    return () => {
      document.removeEventListener("input", onEdit);
      document.removeEventListener("change", onEdit);
    };
  }, [failure]);

  function run(...args: A) {
    startTransition(async () => {
      const result = await action(...args).catch((error: unknown) => {
        unstable_rethrow(error); // an action's redirect arrives as a rejection that Next.js's boundary must see
        return requestFailure(error);
      });
      setCorrected(new Set());
      if (result.ok) {
        setFailure(null);
        options.onSuccess?.(result.data);
      } else {
        setFailure(result);
        options.onError?.(result);
      }
      if (refresh === "always" || (refresh === "success" && result.ok)) router.refresh();
    });
  }

  const shown = visibleFailure(failure, corrected);
  return {
    run,
    pending,
    /** The last failure, less what the person has corrected since (null once nothing of it applies). */
    failure: shown,
    /** The first message for `field`, else (with `orMessage`) the failure's message. */
    fieldError: (field: string, orMessage = false) => shown?.fieldErrors?.[field]?.[0] ?? (orMessage ? shown?.message : undefined),
    /** What a control with one error line shows: the first field's first message, else the failure's message. */
    firstError: firstMessage(shown),
    reset: () => setFailure(null),
  };
}

/**
 * A failure as the form shows it: a field the person edited since loses its error; a failure with field errors goes
 * when every field it named was edited, one without (a form-level message) when any field was.
 */
export function visibleFailure(failure: ActionFailure | null, corrected: ReadonlySet<string>): ActionFailure | null {
  if (!failure || corrected.size === 0) return failure;
  if (!failure.fieldErrors) return null;
  const remaining = Object.entries(failure.fieldErrors).filter(([field]) => !corrected.has(field));
  if (remaining.length === 0) return null;
  return { ...failure, message: remaining[0][1]?.[0] ?? failure.message, fieldErrors: Object.fromEntries(remaining) };
}

/** The first field's first message, else the failure's message (undefined without a failure). */
export function firstMessage(failure: ActionFailure | null): string | undefined {
  if (!failure) return undefined;
  return failure.fieldErrors ? Object.values(failure.fieldErrors)[0]?.[0] : failure.message;
}

/**
 * An action whose request never reached Roster's code: the production server refused it (e.g. a form over the body
 * limit: 413 with a plain-text message, which Next.js passes on as the error's message) or the network failed.
 */
function requestFailure(error: unknown): ActionFailure {
  // fetch() rejects with a TypeError when the network fails; Next.js throws an Error carrying the server's message.
  const message = error instanceof Error && !(error instanceof TypeError) ? error.message : "";
  return { ok: false, code: "INTERNAL", message: message || "The request failed. Check your connection and try again." };
}
