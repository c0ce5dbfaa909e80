"use client";

import { useState } from "react";
import { RemoveMemberDialog, type DialogTarget } from "./remove-member-dialog";

/** A single "Remove" button with its confirmation (lists with many rows share one RemoveMemberDialog instead). */
export function RemoveMemberButton({ slug, userId, label, serviceAccount }: { slug: string; userId: string; label: string; serviceAccount?: boolean }) {
  const [target, setTarget] = useState<DialogTarget | null>(null);
  return (
    <>
      <button
        type="button"
        className="row-action"
        aria-haspopup="dialog"
        aria-label={`Remove ${label}`}
        onClick={(e) => setTarget({ userId, label, serviceAccount, trigger: e.currentTarget })}
      >
        Remove
      </button>
      <RemoveMemberDialog slug={slug} target={target} onClose={() => setTarget(null)} />
    </>
  );
}
