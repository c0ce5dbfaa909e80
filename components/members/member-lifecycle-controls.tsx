"use client";

import { lazy, Suspense, useId, useState } from "react";
import type { MemberControls } from "@/lib/auth/rules";
import type { AccessUntilTarget } from "./access-until-dialog";
import type { SuspendTarget } from "./suspend-member-dialog";

// The dialogs' code loads when a control is first pointed at or focused, not with the page.
const loadSuspend = () => import("./suspend-member-dialog");
const loadAccessUntil = () => import("./access-until-dialog");
const SuspendMemberDialog = lazy(() => loadSuspend().then((m) => ({ default: m.SuspendMemberDialog })));
const AccessUntilDialog = lazy(() => loadAccessUntil().then((m) => ({ default: m.AccessUntilDialog })));

type Props = {
  slug: string;
  member: { userId: string; label: string; serviceAccount: boolean; accessUntil: Date | string | null };
  controls: Pick<MemberControls, "canSuspend" | "suspendReason" | "canReactivate" | "canSetAccessUntil">;
};

/**
 * One member row's lifecycle controls (a small client island): Suspend or Reactivate behind the confirmation, and the
 * "Access until" edit. Suspend refused for a reason (the last active owner) shows disabled, with the reason.
 */
export function MemberLifecycleControls({ slug, member, controls }: Props) {
  const reasonId = useId();
  const [suspend, setSuspend] = useState<SuspendTarget | null>(null);
  const [accessUntil, setAccessUntil] = useState<AccessUntilTarget | null>(null);
  const { userId, label, serviceAccount } = member;
  const until = member.accessUntil ? new Date(member.accessUntil).toISOString() : null;
  return (
    <>
      {controls.canSetAccessUntil && (
        <button
          type="button"
          className="row-action"
          aria-haspopup="dialog"
          aria-label={`Access until for ${label}`}
          onPointerEnter={loadAccessUntil}
          onFocus={loadAccessUntil}
          onClick={(e) => setAccessUntil({ userId, label, serviceAccount, accessUntil: until, trigger: e.currentTarget })}
        >
          Access until
        </button>
      )}
      {controls.canReactivate && (
        <button
          type="button"
          className="row-action"
          aria-haspopup="dialog"
          aria-label={`Reactivate ${label}`}
          onPointerEnter={loadSuspend}
          onFocus={loadSuspend}
          onClick={(e) => setSuspend({ userId, label, serviceAccount, mode: "reactivate", trigger: e.currentTarget })}
        >
          Reactivate
        </button>
      )}
      {controls.canSuspend && (
        <span className="inline-flex flex-col items-end">
          <button
            type="button"
            className="row-action"
            aria-haspopup="dialog"
            aria-label={`Suspend ${label}`}
            disabled={controls.suspendReason !== null}
            aria-describedby={controls.suspendReason ? reasonId : undefined}
            onPointerEnter={loadSuspend}
            onFocus={loadSuspend}
            onClick={(e) => setSuspend({ userId, label, serviceAccount, mode: "suspend", trigger: e.currentTarget })}
          >
            Suspend
          </button>
          {controls.suspendReason && (
            <span id={reasonId} className="max-w-56 text-right text-xs text-zinc-600 dark:text-zinc-400">
              {controls.suspendReason}
            </span>
          )}
        </span>
      )}
      <Suspense fallback={null}>
        {suspend && <SuspendMemberDialog slug={slug} target={suspend} onClose={() => setSuspend(null)} />}
        {accessUntil && <AccessUntilDialog slug={slug} target={accessUntil} onClose={() => setAccessUntil(null)} />}
      </Suspense>
    </>
  );
}
