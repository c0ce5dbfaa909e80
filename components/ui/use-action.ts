"use client";

import { unstable_rethrow, useRouter } from "next/navigation";
import { useState, useTransition } from "react";
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
  const refresh = options.refresh ?? "success";

  function run(...args: A) {
    startTransition(async () => {
      const result = await action(...args).catch((error: unknown) => {
        unstable_rethrow(error); // an action's redirect arrives as a rejection that Next.js's boundary must see
        return requestFailure(error);
      });
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

  return {
    run,
    pending,
    failure,
    /** The first message for `field`, else (with `orMessage`) the failure's message. */
    fieldError: (field: string, orMessage = false) => failure?.fieldErrors?.[field]?.[0] ?? (orMessage ? failure?.message : undefined),
    reset: () => setFailure(null),
  };
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
