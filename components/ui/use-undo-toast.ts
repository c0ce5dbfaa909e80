"use client";

import { useRouter } from "next/navigation";
import { toast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/actions/run-action";

/** How long a success toast offers "Undo". The server accepts a restore for longer (RESTORE_WINDOW_MINUTES). */
export const UNDO_TOAST_MS = 8_000;

type Undo = {
  /** The reverse operation: a server action, validated and authorized like any other (it may be refused). */
  undo: () => Promise<ActionResult<unknown>>;
  /** The toast once it is undone: "Invitation to ada@example.com restored." */
  undone: string;
};

/**
 * A success toast with an "Undo" button for UNDO_TOAST_MS. Undo runs the reverse action; its outcome is a toast of its
 * own (the refusal's message if it was refused), and the page's data is refreshed either way.
 */
export function useUndoToast() {
  const router = useRouter();
  return (message: string, { undo, undone }: Undo) => {
    toast.success(message, {
      duration: UNDO_TOAST_MS,
      action: {
        label: "Undo",
        onClick: () => {
          void undo()
            .catch(() => ({ ok: false as const, message: "The request failed. Check your connection and try again." }))
            .then((result) => {
              if (result.ok) toast.success(undone);
              else toast.error(result.message);
              router.refresh();
            });
        },
      },
    });
  };
}
