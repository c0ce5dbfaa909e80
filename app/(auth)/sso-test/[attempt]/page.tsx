import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { CloseTestWindow } from "@/components/sso/close-test-window";
import { userCaller } from "@/lib/auth/caller";
import { ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getCurrentUser } from "@/lib/session/get-current-user";
import { getSsoTestResult } from "@/lib/sso/get-sso-test-result";

export const metadata: Metadata = { title: "SSO test passed" };

export default async function SsoTestResultPage({ params }: { params: Promise<{ attempt: string }> }) {
  const { attempt } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/sso-test/${attempt}`)}`);
  const test = await getSsoTestResult(userCaller(user), attempt).catch((error: unknown) => {
    if (error instanceof AppError) notFound();
    throw error;
  });
  const { result } = test;
  const rows: [string, string][] = [
    ["Email", result.email],
    ["Name", result.name ?? "(not sent)"],
    ["Groups", result.groups.length ? result.groups.join(", ") : "(none sent)"],
    ["Role on first sign-in", ROLE_LABELS[result.role as Role] ?? result.role],
  ];
  return (
    <Card className="space-y-5">
      <div className="space-y-1">
        <h1 className="text-xl font-semibold tracking-tight">The connection works</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {test.connection} signed you in and sent these claims for {test.workspace}. Nobody was signed in to Roster and nothing was created.
        </p>
      </div>
      <dl className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 text-sm dark:divide-zinc-800 dark:border-zinc-800" aria-label="Claims received">
        {rows.map(([label, value]) => (
          <div key={label} className="grid gap-1 px-3 py-2 sm:grid-cols-3">
            <dt className="text-zinc-600 dark:text-zinc-400">{label}</dt>
            <dd className="break-all font-medium sm:col-span-2">{value}</dd>
          </div>
        ))}
      </dl>
      <CloseTestWindow securityUrl={`/w/${test.slug}/settings/security`} />
    </Card>
  );
}
