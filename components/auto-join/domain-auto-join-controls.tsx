"use client";

import { useOptimistic } from "react";
import { toast } from "@/components/ui/toast";
import { FieldError } from "@/components/ui/input";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/run-action";
import { setAutoJoinAction } from "@/lib/actions/auto-join-actions";

const MODES = [
  ["join", "Join at once", "They join as members on their own."],
  ["request", "Ask to join (request)", "They send a request; an owner or manager approves it with a role, or declines it."],
] as const;

/** Domain auto-join's switch and its mode (join at once, or ask to join): each change is saved at once. */
export function DomainAutoJoinControls({ slug, canManage, enabled, mode }: { slug: string; canManage: boolean; enabled: boolean; mode: "join" | "request" }) {
  // The controls follow the click at once; they fall back to the saved setting if the change is refused.
  const [domainAutoJoin, setDomainAutoJoin] = useOptimistic(enabled);
  const [shownMode, setMode] = useOptimistic(mode);
  // Each change runs inside the action's transition, so an optimistic update made in `change` holds until it settles.
  const { run, pending, firstError: error } = useAction(async (change: () => Promise<ActionResult<unknown>>, success: string) => {
    const result = await change();
    if (result.ok) toast.success(success);
    return result;
  });

  return (
    <>
      <label className="flex items-center gap-2 text-sm font-medium">
        <input
          type="checkbox"
          className="size-4"
          checked={domainAutoJoin}
          disabled={!canManage || pending}
          onChange={(e) => {
            const on = e.target.checked;
            run(() => {
              setDomainAutoJoin(on);
              return setAutoJoinAction(slug, { kind: "domain", enabled: on });
            }, on ? "Domain auto-join turned on." : "Domain auto-join turned off.");
          }}
        />
        Let people with a verified address on these domains join as members
      </label>
      <fieldset className="space-y-1.5 pl-6" disabled={!canManage || pending}>
        <legend className="sr-only">How people with an address on these domains get in</legend>
        {MODES.map(([value, label, help]) => (
          <label key={value} className="flex items-start gap-2 text-sm">
            <input
              type="radio"
              name="domain-auto-join-mode"
              value={value}
              className="mt-0.5 size-4"
              checked={shownMode === value}
              onChange={() =>
                run(() => {
                  setMode(value);
                  return setAutoJoinAction(slug, { kind: "domain", enabled: domainAutoJoin, mode: value });
                }, value === "join" ? "Matching people now join at once." : "Matching people now ask to join.")
              }
            />
            <span>
              <span className="font-medium">{label}</span>
              <span className="block text-zinc-600 dark:text-zinc-400">{help}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <FieldError>{error}</FieldError>
    </>
  );
}
