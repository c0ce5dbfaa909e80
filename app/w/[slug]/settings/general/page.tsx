import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { DeleteWorkspaceButton } from "@/components/workspaces/delete-workspace-button";
import { LeaveWorkspaceButton } from "@/components/workspaces/leave-workspace-button";
import { LogoUpload } from "@/components/workspaces/logo-upload";
import { RenameWorkspaceForm } from "@/components/workspaces/rename-workspace-form";
import { can } from "@/lib/auth/permissions";
import { leaveWorkspaceRule } from "@/lib/auth/rules";
import { requirePageMembership } from "@/lib/session/require-page-membership";
import { getWorkspaceUsage } from "@/lib/workspaces/get-workspace-usage";
import { getEnv } from "@/lib/env";

export const metadata: Metadata = { title: "General settings" };

function UsageBar({ label, used, limit }: { label: string; used: number; limit: number }) {
  const pct = limit > 0 ? Math.min(100, Math.round((used / limit) * 100)) : 100;
  return (
    <div className="space-y-1.5">
      <div className="flex justify-between text-sm">
        <span>{label}</span>
        <span className="tabular-nums text-zinc-600 dark:text-zinc-400">
          {used.toLocaleString("en-US")} / {limit.toLocaleString("en-US")}
        </span>
      </div>
      <div className="h-2 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800" role="progressbar" aria-label={label} aria-valuenow={used} aria-valuemin={0} aria-valuemax={limit}>
        <div className={`h-full rounded-full ${pct >= 90 ? "bg-red-500" : "bg-indigo-500"}`} style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}

export default async function GeneralSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { membership, caller } = await requirePageMembership(slug);
  const { workspace, role } = membership;
  const usage = await getWorkspaceUsage(caller, slug);
  const isOwner = role === "owner";
  const leave = leaveWorkspaceRule(workspace, role, usage.owners);
  return (
    <div className="space-y-6">
      <Card className="space-y-5">
        <h2 className="text-base font-semibold">Workspace</h2>
        <div className="space-y-1.5">
          <p className="text-sm font-medium">Logo</p>
          <LogoUpload
            slug={slug}
            workspace={{ displayName: workspace.displayName, ...usage.logo }}
            canEdit={can(role, "workspace:update")}
          />
        </div>
        <RenameWorkspaceForm slug={slug} displayName={workspace.displayName} canEdit={can(role, "workspace:update")} />
        <div className="space-y-1.5">
          <p className="text-sm font-medium">Slug</p>
          <p className="font-mono text-sm" data-testid="workspace-slug">{workspace.slug}</p>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">The slug identifies the workspace in URLs and the API. It never changes.</p>
        </div>
        <dl className="grid grid-cols-2 gap-4 text-sm">
          <div>
            <dt className="text-zinc-600 dark:text-zinc-400">Type</dt>
            <dd className="font-medium">{workspace.personal ? "Personal" : "Shared"}</dd>
          </div>
          <div>
            <dt className="text-zinc-600 dark:text-zinc-400">Region</dt>
            <dd className="font-medium">{workspace.region}</dd>
          </div>
        </dl>
      </Card>

      <Card className="space-y-4">
        <h2 className="text-base font-semibold">Usage</h2>
        <UsageBar label="Members and pending invitations" used={usage.members + usage.pendingInvitations} limit={usage.memberLimit} />
        <UsageBar label="API tokens" used={usage.tokens} limit={usage.tokenLimit} />
      </Card>

      {!workspace.personal && (
        <Card className="space-y-3">
          <h2 className="text-base font-semibold">Leave workspace</h2>
          <p id="leave-reason" className="text-sm text-zinc-600 dark:text-zinc-400">
            {leave.allowed ? "You will lose access to this workspace." : leave.reason}
          </p>
          <div className="flex flex-wrap gap-2">
            <LeaveWorkspaceButton slug={slug} displayName={workspace.displayName} disabledBy={leave.allowed ? undefined : "leave-reason"} />
            {isOwner && (
              <a href={`/w/${slug}/settings/members`} className="inline-flex h-10 items-center px-2 text-sm font-medium underline">
                Transfer ownership
              </a>
            )}
          </div>
        </Card>
      )}

      {!workspace.personal && can(role, "workspace:delete") && (
        <Card className="space-y-3 border-red-300 dark:border-red-900">
          <h2 className="text-base font-semibold text-red-700 dark:text-red-400">Danger zone</h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Deleting a workspace ends every member&apos;s access and stops its API tokens at once. Its owners can restore it from their
            account page for {getEnv().WORKSPACE_RESTORE_DAYS} days; then it is deleted for good.
          </p>
          <DeleteWorkspaceButton slug={slug} displayName={workspace.displayName} restoreDays={getEnv().WORKSPACE_RESTORE_DAYS} />
        </Card>
      )}
      {workspace.personal && (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">This is your personal workspace: it cannot be shared, left or deleted.</p>
      )}
    </div>
  );
}
