"use client";

import { useState, type ReactNode } from "react";
import { CheckCircle2 } from "@/components/ui/icons/check-circle-2";
import { Laptop } from "@/components/ui/icons/laptop";
import { XCircle } from "@/components/ui/icons/x-circle";
import { Button } from "@/components/ui/button";
import { FieldError, Label } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { useAction } from "@/components/ui/use-action";
import { approveDeviceAction, denyDeviceAction } from "@/lib/actions/device-actions";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { defaultTokenRole } from "@/lib/auth/rules";
import type { DeviceApproval } from "@/lib/device/get-device-approval";
import { TokenExpirySelect } from "@/components/tokens/token-expiry-select";

const ALL = "__all__";
/** Step two: which machine asks, where the CLI may act and with which role, for how long; Approve or Deny. */
export function DeviceApprovalForm({
  approval,
  signedInAs,
  asked,
  heading,
  headingAfter,
}: {
  approval: DeviceApproval;
  signedInAs: string;
  asked: ReactNode;
  /** The card's heading while the person decides, and once they have decided (its instruction no longer applies). */
  heading: ReactNode;
  headingAfter: ReactNode;
}) {
  const firstShared = approval.workspaces.find((w) => !w.personal) ?? approval.workspaces[0];
  const [scope, setScope] = useState(firstShared?.slug ?? ALL);
  const chosen = approval.workspaces.find((w) => w.slug === scope);
  const [roles, setRoles] = useState<Record<string, Role | undefined>>({});
  const role = chosen ? (roles[chosen.slug] ?? defaultTokenRole(chosen.roleOptions)) : undefined;
  const [expiry, setExpiry] = useState("90");
  const [outcome, setOutcome] = useState<"approved" | "denied" | null>(null);
  const approve = useAction(approveDeviceAction, { onSuccess: () => setOutcome("approved"), refresh: "never" });
  const deny = useAction(denyDeviceAction, { onSuccess: () => setOutcome("denied"), refresh: "never" });
  const failure = approve.failure ?? deny.failure;

  if (outcome) {
    const approved = outcome === "approved";
    const Icon = approved ? CheckCircle2 : XCircle;
    return (
      <>
        {headingAfter}
        <div className="space-y-2 text-center" role="status">
          <Icon className={`mx-auto size-10 ${approved ? "text-emerald-600 dark:text-emerald-400" : "text-zinc-500"}`} aria-hidden />
          <p className="font-medium">{approved ? `${approval.clientName} is logged in.` : `You denied the login on ${approval.clientName}.`}</p>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {approved ? "Return to your terminal: the CLI picks up its token within a few seconds. You can close this tab." : "The CLI stops waiting. Nothing was created."}
          </p>
        </div>
      </>
    );
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    approve.run({
      userCode: approval.userCode,
      workspace: chosen ? chosen.slug : null,
      role: chosen ? (role ?? null) : null,
      expiresInDays: expiry === "none" ? null : (Number(expiry) as 30 | 90 | 365),
    });
  }

  return (
    <>
      {heading}
      <form onSubmit={submit} className="space-y-5">
        <div className="flex items-start gap-3 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
          <Laptop className="mt-0.5 size-5 shrink-0 text-zinc-500" aria-hidden />
          <div className="min-w-0 text-sm">
            <p className="truncate font-medium" data-testid="device-client">
              {approval.clientName}
            </p>
            <p className="text-zinc-600 dark:text-zinc-400">
              Code <span className="font-mono font-medium text-zinc-900 dark:text-zinc-100">{approval.userCode}</span> · asked {asked} · for {signedInAs}
            </p>
          </div>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="device-scope">Where may the CLI act?</Label>
          <NativeSelect id="device-scope" name="workspace" value={scope} onChange={(e) => setScope(e.target.value)} className="h-10 w-full">
            {approval.workspaces.map((w) => (
              <option key={w.slug} value={w.slug}>
                {w.displayName} ({ROLE_LABELS[w.role]})
              </option>
            ))}
            <option value={ALL}>All my workspaces (a personal access token)</option>
          </NativeSelect>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            {chosen ? "A workspace token: it reaches this workspace only." : "It acts as you in every workspace you belong to, with your role there."}
          </p>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          {chosen && (
            <div className="space-y-1.5">
              <Label htmlFor="device-role">Role</Label>
              <NativeSelect
                id="device-role"
                name="role"
                value={role}
                onChange={(e) => setRoles({ ...roles, [chosen.slug]: e.target.value as Role })}
                className="h-10 w-full"
                aria-describedby="device-role-error"
              >
                {chosen.roleOptions.map((r) => (
                  <option key={r} value={r}>
                    {ROLE_LABELS[r]}
                  </option>
                ))}
              </NativeSelect>
              <FieldError id="device-role-error">{approve.fieldError("role")}</FieldError>
            </div>
          )}
          <TokenExpirySelect id="device-expiry" name="expiresInDays" value={expiry} onChange={setExpiry} />
        </div>
        {failure && (
          <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
            {failure.message}
          </p>
        )}
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button type="button" variant="secondary" pending={deny.pending} disabled={approve.pending} onClick={() => deny.run({ userCode: approval.userCode })}>
            Deny
          </Button>
          <Button type="submit" pending={approve.pending} disabled={deny.pending}>
            Approve
          </Button>
        </div>
      </form>
    </>
  );
}
