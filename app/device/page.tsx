import type { Metadata } from "next";
import { AppShell } from "@/components/shell/app-shell";
import { Card } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import { DeviceApprovalForm } from "@/components/device/device-approval-form";
import { DeviceCodeForm } from "@/components/device/device-code-form";
import { getDeviceApproval, type DeviceApproval } from "@/lib/device/get-device-approval";
import { AppError } from "@/lib/errors";
import { requirePageSession } from "@/lib/session/require-page-session";

export const metadata: Metadata = { title: "Log in the CLI" };

export default async function DevicePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const code = typeof sp.code === "string" ? sp.code.trim().slice(0, 20) : "";
  const { user, header, caller } = await requirePageSession(code ? `/device?code=${encodeURIComponent(code)}` : "/device");
  let approval: DeviceApproval | null = null;
  let error: string | undefined;
  if (code) {
    try {
      approval = await getDeviceApproval(caller, code);
    } catch (e) {
      if (!(e instanceof AppError) || !["NOT_FOUND", "VALIDATION", "RATE_LIMITED"].includes(e.code)) throw e;
      error = e.message;
    }
  }
  return (
    <AppShell user={user} header={header}>
      <Card className="mx-auto max-w-lg space-y-6">
        {approval ? (
          // The approval form owns its heading: once approved or denied, the instruction above it no longer applies.
          <DeviceApprovalForm
            approval={approval}
            signedInAs={caller.label}
            asked={<RelativeTime date={approval.requestedAt} />}
            heading={<DeviceHeading subtitle="Check that this is the machine where you ran roster login, then choose what it may do." />}
            headingAfter={<DeviceHeading />}
          />
        ) : (
          <>
            <DeviceHeading subtitle="Enter the code that roster login shows in your terminal." />
            <DeviceCodeForm initialCode={code} error={error} />
          </>
        )}
      </Card>
    </AppShell>
  );
}

function DeviceHeading({ subtitle }: { subtitle?: string }) {
  return (
    <div className="space-y-1">
      <h1 className="text-xl font-semibold tracking-tight">Log in the Roster CLI</h1>
      {subtitle && <p className="text-sm text-zinc-600 dark:text-zinc-400">{subtitle}</p>}
    </div>
  );
}
