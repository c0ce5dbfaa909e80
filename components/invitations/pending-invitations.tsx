import { ROLE_LABELS } from "@/lib/auth/roles";
import type { PendingInvitation } from "@/lib/invitations/list-invitations";
import { RelativeTime } from "@/components/ui/relative-time";
import { formatDate, formatDateTime } from "@/lib/format-date";
import { ACTIONS_COLUMN, Cell, Table } from "@/components/ui/table";
import { ConfirmUndoButton } from "@/components/ui/confirm-undo-button";
import { restoreInvitationAction, revokeInvitationAction } from "@/lib/actions/invitation-actions";
import { ResendInvitationButton } from "./resend-invitation-button";

/**
 * Pending invitations, rendered on the server; each row's Resend and Revoke (asks first, then offers Undo) are small
 * client islands, Revoke's server actions bound to the row.
 * `now` is the request's time, for "in 6 days".
 */
export function PendingInvitations({ slug, invitations, canManage, now }: { slug: string; invitations: PendingInvitation[]; canManage: boolean; now: Date }) {
  if (invitations.length === 0) {
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">No pending invitations.</p>;
  }
  return (
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
                <ResendInvitationButton slug={slug} invitationId={inv.id} email={inv.email} />
                <ConfirmUndoButton
                  label="Revoke"
                  ariaLabel={`Revoke invitation to ${inv.email}`}
                  title="Revoke invitation?"
                  description={
                    <>
                      The link in the email to <strong>{inv.email}</strong> stops working at once. You can invite them again at any time.
                    </>
                  }
                  confirmLabel="Revoke invitation"
                  action={revokeInvitationAction.bind(null, slug, { invitationId: inv.id })}
                  undo={restoreInvitationAction.bind(null, slug, { invitationId: inv.id })}
                  done={`Invitation to ${inv.email} revoked.`}
                  undone={`Invitation to ${inv.email} restored.`}
                />
              </div>
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
