import type { Role } from "@/lib/auth/roles";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { memberControls, tokenRoleOptions } from "@/lib/auth/rules";
import type { ServiceAccountRow } from "@/lib/service-accounts/list-service-accounts";
import { RemoveMemberButton } from "@/components/members/remove-member-button";
import { CreateTokenDialog } from "@/components/tokens/create-token-dialog";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import { ACTIONS_COLUMN, Cell, Table } from "@/components/ui/table";

/** The API tokens page's service accounts: name, role, live tokens, created; a new token and Remove where allowed. */
export function ServiceAccountsTable({ slug, viewer, serviceAccounts }: { slug: string; viewer: { userId: string; role: Role }; serviceAccounts: ServiceAccountRow[] }) {
  if (serviceAccounts.length === 0) return <EmptyState>No service accounts yet.</EmptyState>;
  const now = new Date();
  return (
    <Table columns={["Service account", "Role", "Live tokens", "Created", ACTIONS_COLUMN]}>
      {serviceAccounts.map((sa) => (
        <tr key={sa.userId} data-testid={`service-account-row-${sa.name}`}>
          <td>
            <span className="flex flex-wrap items-center gap-2">
              <span className="font-medium wrap-anywhere">{sa.name}</span>
              <Badge tone="indigo">Service account</Badge>
            </span>
          </td>
          <Cell label="Role">{ROLE_LABELS[sa.role]}</Cell>
          <Cell label="Live tokens" className="tabular-nums">{sa.liveTokens}</Cell>
          <Cell label="Created" className="cell-date">
            <RelativeTime date={sa.joinedAt} now={now} />
          </Cell>
          <td>
            <div className="flex justify-end gap-1">
              <CreateTokenDialog slug={slug} holder={{ id: sa.userId, name: sa.name }} roles={tokenRoleOptions(viewer.role, sa.role)} triggerLabel="New token" triggerVariant="ghost" />
              {memberControls(viewer, { userId: sa.userId, role: sa.role, serviceAccount: true }).canRemove && (
                <RemoveMemberButton slug={slug} userId={sa.userId} label={sa.name} serviceAccount />
              )}
            </div>
          </td>
        </tr>
      ))}
    </Table>
  );
}
