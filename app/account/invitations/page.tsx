import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import { MyInvitationActions } from "@/components/invitations/my-invitation-actions";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requirePageSession } from "@/lib/session/require-page-session";
import { listMyInvitations } from "@/lib/invitations/list-my-invitations";

export const metadata: Metadata = { title: "Your invitations" };

export default async function MyInvitationsPage() {
  const { user, caller } = await requirePageSession("/account/invitations");
  const invitations = await listMyInvitations(caller);
  return (
    <Card className="space-y-4">
      <div>
        <h2 className="text-base font-semibold">Invitations</h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Workspaces that invited {user.email}.</p>
      </div>
      {invitations.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No pending invitations.</p>
      ) : (
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {invitations.map((inv) => (
            <li key={inv.id} className="flex flex-wrap items-center justify-between gap-3 py-3" data-testid={`my-invitation-${inv.workspaceSlug}`}>
              <div>
                <p className="font-medium">{inv.workspaceName}</p>
                <p className="text-sm text-zinc-600 dark:text-zinc-400">
                  {ROLE_LABELS[inv.role]} · invited by {inv.inviter ?? "someone"} · <RelativeTime date={inv.expiresAt} prefix="expires" />
                </p>
              </div>
              <MyInvitationActions invitationId={inv.id} workspaceName={inv.workspaceName} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
