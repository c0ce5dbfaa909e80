"use client";

import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { PendingInvitation } from "@/lib/invitations/list-invitations";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { RelativeTime } from "@/components/ui/relative-time";
import { formatDate, formatDateTime } from "@/lib/format-date";
import { ACTIONS_COLUMN, Cell, Table } from "@/components/ui/table";
import { useAction } from "@/components/ui/use-action";
import { useUndoToast } from "@/components/ui/use-undo-toast";
import { resendInvitationAction, restoreInvitationAction, revokeInvitationAction } from "@/lib/actions/invitation-actions";

type Revoking = { invitation: PendingInvitation; trigger: HTMLElement };

/**
 * Pending invitations with Resend and Revoke; revoking asks first (one dialog for the table), then offers Undo.
 * `now` is the request's time, so the server's HTML and the browser's render agree on "in 6 days".
 */
export function PendingInvitations({ slug, invitations, canManage, now }: { slug: string; invitations: PendingInvitation[]; canManage: boolean; now: Date }) {
  const showUndo = useUndoToast();
  const [revoking, setRevoking] = useState<Revoking | null>(null);
  const resend = useAction(
    async (invitation: PendingInvitation) => {
      const result = await resendInvitationAction(slug, { invitationId: invitation.id });
      if (result.ok) toast.success(`Invitation sent again to ${invitation.email}.`);
      return result;
    },
    { refresh: "always", onError: (failure) => toast.error(failure.message) },
  );
  const revoke = useAction(revokeInvitationAction, {
    refresh: "always",
    onSuccess: () => {
      setRevoking(null);
      if (!revoking) return;
      const { id, email } = revoking.invitation;
      showUndo(`Invitation to ${email} revoked.`, {
        undo: () => restoreInvitationAction(slug, { invitationId: id }),
        undone: `Invitation to ${email} restored.`,
      });
    },
    onError: (failure) => (setRevoking(null), toast.error(failure.message)),
  });

  if (invitations.length === 0) {
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">No pending invitations.</p>;
  }
  return (
    <>
      <Table bordered={false} columns={["Address", "Role", "Invited by", "Expires", ACTIONS_COLUMN]}>
        {invitations.map((inv) => (
          <tr key={inv.id} data-testid={`invitation-${inv.email}`}>
            <td className="font-medium wrap-anywhere">{inv.email}</td>
            <Cell label="Role">
              {ROLE_LABELS[inv.role]}
              {inv.accessUntil && (
                <span className="block text-xs text-zinc-600 dark:text-zinc-400" title={formatDateTime(inv.accessUntil)}>
                  access until {formatDate(inv.accessUntil)}
                </span>
              )}
            </Cell>
            <Cell label="Invited by" className="text-zinc-600 dark:text-zinc-400">{inv.inviter ?? "—"}</Cell>
            <Cell label="Expires" className="cell-date">
              {inv.expired ? (
                <span className="text-red-700 dark:text-red-400">
                  Expired <RelativeTime date={inv.expiresAt} now={now} />
                </span>
              ) : (
                <RelativeTime date={inv.expiresAt} now={now} />
              )}
            </Cell>
            <td>
              {canManage && (
                <div className="flex justify-end gap-1">
                  <Button
                    variant="ghost"
                    size="sm"
                    disabled={resend.pending}
                    onClick={() => resend.run(inv)}
                    aria-label={`Resend invitation to ${inv.email}`}
                  >
                    Resend
                  </Button>
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-haspopup="dialog"
                    onClick={(e) => setRevoking({ invitation: inv, trigger: e.currentTarget })}
                    aria-label={`Revoke invitation to ${inv.email}`}
                  >
                    Revoke
                  </Button>
                </div>
              )}
            </td>
          </tr>
        ))}
      </Table>
      {revoking && (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && setRevoking(null)}
          returnFocusTo={revoking.trigger}
          title="Revoke invitation?"
          description={
            <>
              The link in the email to <strong>{revoking.invitation.email}</strong> stops working at once. You can invite them again at any time.
            </>
          }
          confirmLabel="Revoke invitation"
          pending={revoke.pending}
          onConfirm={() => revoke.run(slug, { invitationId: revoking.invitation.id })}
        />
      )}
    </>
  );
}
