"use client";

import { createContext, lazy, Suspense, useContext, useState, type ReactNode } from "react";
import type { DialogTarget } from "./remove-member-dialog";

type Kind = "remove" | "transfer";
type Open = (kind: Kind, target: DialogTarget) => void;

const OpenDialog = createContext<Open>(() => {});

// The dialogs' code loads when a row's button is first pointed at or focused, not with the page.
const loadRemove = () => import("./remove-member-dialog");
const loadTransfer = () => import("./transfer-ownership-dialog");
const RemoveMemberDialog = lazy(() => loadRemove().then((m) => ({ default: m.RemoveMemberDialog })));
const TransferOwnershipDialog = lazy(() => loadTransfer().then((m) => ({ default: m.TransferOwnershipDialog })));
const preload: Record<Kind, () => unknown> = { remove: loadRemove, transfer: loadTransfer };

/** One confirmation dialog of each kind for a whole members table, opened by the rows' MemberDialogButtons. */
export function MemberDialogs({ slug, children }: { slug: string; children: ReactNode }) {
  const [open, setOpen] = useState<{ kind: Kind; target: DialogTarget } | null>(null);
  const close = () => setOpen(null);
  return (
    <OpenDialog.Provider value={(kind, target) => setOpen({ kind, target })}>
      {children}
      <Suspense fallback={null}>
        {open?.kind === "remove" && <RemoveMemberDialog slug={slug} target={open.target} onClose={close} />}
        {open?.kind === "transfer" && <TransferOwnershipDialog slug={slug} target={open.target} onClose={close} />}
      </Suspense>
    </OpenDialog.Provider>
  );
}

const TEXT: Record<Kind, (label: string) => { text: string; name: string }> = {
  remove: (label) => ({ text: "Remove", name: `Remove ${label}` }),
  transfer: (label) => ({ text: "Transfer ownership", name: `Transfer ownership to ${label}` }),
};

/** A row's "Remove" or "Transfer ownership" button: opens its table's dialog for this member. */
export function MemberDialogButton({ kind, userId, label }: { kind: Kind; userId: string; label: string }) {
  const openDialog = useContext(OpenDialog);
  const { text, name } = TEXT[kind](label);
  return (
    <button
      type="button"
      className="row-action"
      aria-haspopup="dialog"
      aria-label={name}
      onPointerEnter={preload[kind]}
      onFocus={preload[kind]}
      onClick={(e) => openDialog(kind, { userId, label, trigger: e.currentTarget })}
    >
      {text}
    </button>
  );
}
