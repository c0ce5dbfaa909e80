import type { Role } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { memberControls } from "@/lib/auth/rules";
import { formatDate } from "@/lib/format-date";
import type { MemberRow } from "@/lib/members/list-members";
import { Badge } from "@/components/ui/badge";
import { ACTIONS_COLUMN, Cell, Table } from "@/components/ui/table";
import { MemberDialogButton, MemberDialogs } from "./member-dialogs";
import { MemberRoleSelect } from "./member-role-select";

type Props = { slug: string; viewerRole: Role; viewerId: string; members: MemberRow[]; ownerCount: number };

function memberLabel(m: MemberRow) {
  return m.name || m.email || "Unnamed";
}

/**
 * The members page's table, rendered on the server: the rows are HTML, and only the controls a viewer may use are
 * client components (the role select, the buttons that open the table's one remove and one transfer dialog).
 */
export function MembersTable({ slug, viewerRole, viewerId, members, ownerCount }: Props) {
  return (
    <MemberDialogs slug={slug}>
      <Table columns={["Member", "Role", "Joined", ACTIONS_COLUMN]}>
        {members.map((m) => {
          const label = memberLabel(m);
          const isSelf = m.userId === viewerId;
          const controls = memberControls({ userId: viewerId, role: viewerRole }, { userId: m.userId, role: m.role, serviceAccount: m.serviceAccount }, ownerCount);
          return (
            <tr key={m.userId} data-testid={`member-row-${m.email ?? m.userId}`} data-user-id={m.userId}>
              <td>
                <div className="flex items-center gap-3">
                  <span aria-hidden className="avatar-initial">
                    {label.charAt(0).toUpperCase()}
                  </span>
                  <span className="min-w-0">
                    <span className="block font-medium wrap-anywhere sm:truncate">
                      {label}
                      {isSelf && <span className="ml-1.5 text-xs font-normal text-zinc-600 dark:text-zinc-400">(you)</span>}
                      {m.serviceAccount && (
                        <Badge tone="indigo" className="ml-1.5">
                          Service account
                        </Badge>
                      )}
                    </span>
                    {m.email && m.name && <span className="block text-zinc-600 wrap-anywhere sm:truncate dark:text-zinc-400">{m.email}</span>}
                  </span>
                </div>
              </td>
              <Cell label="Role">
                {controls.canChangeRole ? (
                  <MemberRoleSelect
                    key={m.role}
                    slug={slug}
                    userId={m.userId}
                    label={label}
                    role={m.role}
                    options={Array.from(new Set([m.role, ...controls.roleOptions]))}
                  />
                ) : (
                  <span data-testid="role-label">{ROLE_LABELS[m.role]}</span>
                )}
              </Cell>
              <Cell label="Joined" className="whitespace-nowrap text-zinc-600 dark:text-zinc-400">
                <time dateTime={m.joinedAt.toISOString()}>{formatDate(m.joinedAt)}</time>
              </Cell>
              <td>
                {(controls.canTransferOwnership || controls.canRemove) && (
                  <div className="flex justify-end gap-1">
                    {controls.canTransferOwnership && <MemberDialogButton kind="transfer" userId={m.userId} label={label} />}
                    {controls.canRemove && <MemberDialogButton kind="remove" userId={m.userId} label={label} />}
                  </div>
                )}
              </td>
            </tr>
          );
        })}
      </Table>
    </MemberDialogs>
  );
}
