"use client";

import type { MemberControls } from "@/lib/auth/rules";
import type { AccessUntilTarget } from "./access-until-dialog";
import type { SuspendTarget } from "./suspend-member-dialog";

// The dialogs' code loads when a control is first pointed at or focused, not with the page.
export const loadSuspend = () => import("./suspend-member-dialog");
export const loadAccessUntil = () => import("./access-until-dialog");

type Props = {
  member: { userId: string; label: string; serviceAccount: boolean; accessUntil: Date | string | null };
  controls: Pick<MemberControls, "canSuspend" | "suspendReason" | "canReactivate" | "canSetAccessUntil">;
  /** Opens the table's one dialog of that kind for this member. */
  onSuspend: (target: SuspendTarget) => void;
  onAccessUntil: (target: AccessUntilTarget) => void;
};

/**
 * One member row's lifecycle controls: Suspend or Reactivate behind the confirmation, and the "Access until" edit.
 * Suspend refused for a reason (the last active owner) shows disabled, with the reason. No state of its own: the
 * dialogs are the table's, one of each kind, as for the row's other controls. No hooks either: the table calls it as
 * a function for each row rather than mounting a component.
 */
export function memberLifecycleControls({ member, controls, onSuspend, onAccessUntil }: Props) {
  const { userId, label, serviceAccount } = member;
  const until = () => (member.accessUntil ? new Date(member.accessUntil).toISOString() : null);
  const reasonId = `suspend-reason-${userId}`;
  return (
    <>
      {controls.canSetAccessUntil && (
        <button
          aria-haspopup="dialog"
          aria-label={`Access until for ${label}`}
          onPointerEnter={loadAccessUntil}
          onFocus={loadAccessUntil}
          onClick={(e) => onAccessUntil({ userId, label, serviceAccount, accessUntil: until(), trigger: e.currentTarget })}
        >
          Access until
        </button>
      )}
      {controls.canReactivate && (
        <button
          aria-haspopup="dialog"
          aria-label={`Reactivate ${label}`}
          onPointerEnter={loadSuspend}
          onFocus={loadSuspend}
          onClick={(e) => onSuspend({ userId, label, serviceAccount, mode: "reactivate", trigger: e.currentTarget })}
        >
          Reactivate
        </button>
      )}
      {controls.canSuspend && controls.suspendReason === null && (
        <button
          aria-haspopup="dialog"
          aria-label={`Suspend ${label}`}
          onPointerEnter={loadSuspend}
          onFocus={loadSuspend}
          onClick={(e) => onSuspend({ userId, label, serviceAccount, mode: "suspend", trigger: e.currentTarget })}
        >
          Suspend
        </button>
      )}
      {controls.canSuspend && controls.suspendReason !== null && (
        <span className="inline-flex flex-col items-end">
          <button aria-label={`Suspend ${label}`} disabled aria-describedby={reasonId}>
            Suspend
          </button>
          <span id={reasonId} className="max-w-56 text-right text-xs text-zinc-600 dark:text-zinc-400">
            {controls.suspendReason}
          </span>
        </span>
      )}
    </>
  );
}
