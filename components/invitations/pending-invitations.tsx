"use client";

import { toast } from "sonner";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { PendingInvitation } from "@/lib/invitations/list-invitations";
import { Button } from "@/components/ui/button";
import { ACTIONS_COLUMN, Cell, Table } from "@/components/ui/table";
import { useAction } from "@/components/ui/use-action";
import { formatDate } from "@/lib/format-date";
import { resendInvitationAction, revokeInvitationAction } from "@/lib/actions/invitation-actions";

export function PendingInvitations({ slug, invitations, canManage }: { slug: string; invitations: PendingInvitation[]; canManage: boolean }) {
  const { run, pending } = useAction(
    async (kind: "resend" | "revoke", invitation: PendingInvitation) => {
      const input = { invitationId: invitation.id };
      const result = kind === "resend" ? await resendInvitationAction(slug, input) : await revokeInvitationAction(slug, input);
      if (result.ok) toast.success(kind === "resend" ? `Invitation sent again to ${invitation.email}.` : `Invitation to ${invitation.email} revoked.`);
      return result;
    },
    { refresh: "always", onError: (failure) => toast.error(failure.message) },
  );

  if (invitations.length === 0) {
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">No pending invitations.</p>;
  }
  return (
    <Table bordered={false} columns={["Address", "Role", "Invited by", "Expires", ACTIONS_COLUMN]}>
      {invitations.map((inv) => (
        <tr key={inv.id} data-testid={`invitation-${inv.email}`}>
          <td className="font-medium wrap-anywhere">{inv.email}</td>
          <Cell label="Role">{ROLE_LABELS[inv.role]}</Cell>
          <Cell label="Invited by" className="text-zinc-600 dark:text-zinc-400">{inv.inviter ?? "—"}</Cell>
          <Cell label="Expires" className="whitespace-nowrap text-zinc-600 dark:text-zinc-400">
            {inv.expired ? <span className="text-red-700 dark:text-red-400">Expired</span> : formatDate(inv.expiresAt)}
          </Cell>
          <td>
            {canManage && (
              <div className="flex justify-end gap-1">
                <Button variant="ghost" size="sm" disabled={pending} onClick={() => run("resend", inv)} aria-label={`Resend invitation to ${inv.email}`}>
                  Resend
                </Button>
                <Button variant="ghost" size="sm" disabled={pending} onClick={() => run("revoke", inv)} aria-label={`Revoke invitation to ${inv.email}`}>
                  Revoke
                </Button>
              </div>
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
