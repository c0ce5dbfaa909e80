import { WorkspaceAvatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { LeaveWorkspaceButton } from "@/components/workspaces/leave-workspace-button";
import { RestoreWorkspaceButton } from "@/components/workspaces/restore-workspace-button";
import type { AccountWorkspace } from "@/lib/account/get-account-overview";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatDate } from "@/lib/format-date";

/**
 * Every workspace of the account with the person's role, and "Leave" (disabled, with the reason, where leaveRefusal
 * says so); a workspace scheduled for deletion (listed to its owners only) with its purge date and "Restore".
 */
export function AccountWorkspaces({ workspaces }: { workspaces: AccountWorkspace[] }) {
  return (
    <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Your workspaces">
      {workspaces.map((w) => (
        <li key={w.slug} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-3" data-testid={`account-workspace-${w.slug}`}>
          <div className="flex min-w-0 items-center gap-3">
            <WorkspaceAvatar workspace={w} size="lg" />
            <div className="min-w-0">
              {w.purgeAt ? (
                <p className="truncate font-medium">{w.displayName}</p>
              ) : (
                <a href={`/w/${w.slug}`} className="block truncate font-medium hover:underline">
                  {w.displayName}
                </a>
              )}
              <p className="flex flex-wrap items-center gap-1.5 text-sm text-zinc-600 dark:text-zinc-400">
                <span data-testid="account-workspace-role">{ROLE_LABELS[w.role]}</span>
                {w.personal && <Badge>Personal</Badge>}
                {w.purgeAt && (
                  <span data-testid="account-workspace-scheduled">
                    <Badge tone="amber">Scheduled for deletion on {formatDate(w.purgeAt)}</Badge>
                  </span>
                )}
                {w.suspended && <Badge tone="red">Suspended</Badge>}
              </p>
            </div>
          </div>
          {w.purgeAt ? <RestoreWorkspaceButton slug={w.slug} displayName={w.displayName} /> : <LeaveControl workspace={w} />}
        </li>
      ))}
    </ul>
  );
}

function LeaveControl({ workspace: w }: { workspace: AccountWorkspace }) {
  if (w.leaveRefusal === "personal") {
    return <p className="w-full text-sm text-zinc-600 sm:w-auto dark:text-zinc-400">Your personal workspace cannot be left.</p>;
  }
  if (w.leaveRefusal === "last-owner") {
    const reason = `leave-reason-${w.slug}`;
    return (
      <div className="flex w-full flex-wrap items-center gap-x-3 gap-y-2 sm:w-auto sm:justify-end">
        <p id={reason} className="text-sm text-zinc-600 dark:text-zinc-400">
          You are its only owner.{" "}
          <a href={`/w/${w.slug}/settings/members`} className="font-medium text-zinc-900 underline dark:text-zinc-100">
            Transfer ownership
          </a>{" "}
          first.
        </p>
        <Button variant="secondary" size="sm" disabled aria-describedby={reason} aria-label={`Leave ${w.displayName}`}>
          Leave
        </Button>
      </div>
    );
  }
  return <LeaveWorkspaceButton slug={w.slug} displayName={w.displayName} triggerLabel="Leave" stay />;
}
