"use client";

import { lazy, Suspense, useState } from "react";
import type { Role } from "@/lib/auth/roles";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { memberControls } from "@/lib/auth/rules";
import { PersonAvatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { ACTIONS_COLUMN, Table } from "@/components/ui/table";
import { unpackMemberRow, type PackedMemberRow } from "./packed-member-rows";
import type { RoleChange } from "./change-role-dialog";
import type { AccessUntilTarget } from "./access-until-dialog";
import { loadAccessUntil, loadSuspend, memberLifecycleControls } from "./member-lifecycle-controls";
import { MemberStatusBadge } from "./member-status-badge";
import type { DialogTarget } from "./remove-member-dialog";
import type { SuspendTarget } from "./suspend-member-dialog";

// The dialogs' code loads when a row's control is first pointed at or focused, not with the page.
const loadRemove = () => import("./remove-member-dialog");
const loadTransfer = () => import("./transfer-ownership-dialog");
const loadChangeRole = () => import("./change-role-dialog");
const RemoveMemberDialog = lazy(() => loadRemove().then((m) => ({ default: m.RemoveMemberDialog })));
const TransferOwnershipDialog = lazy(() => loadTransfer().then((m) => ({ default: m.TransferOwnershipDialog })));
const ChangeRoleDialog = lazy(() => loadChangeRole().then((m) => ({ default: m.ChangeRoleDialog })));
const SuspendMemberDialog = lazy(() => loadSuspend().then((m) => ({ default: m.SuspendMemberDialog })));
const AccessUntilDialog = lazy(() => loadAccessUntil().then((m) => ({ default: m.AccessUntilDialog })));

type Props = {
  slug: string;
  viewerRole: Role;
  viewerId: string;
  /** The page's rows, packed (packMemberRows). */
  rows: PackedMemberRow[];
  ownerCount: number;
  /** The request's time, so the server's HTML and the browser's render say the same "3 days ago". */
  now: Date;
};

type Dialogs = {
  remove: DialogTarget | null;
  transfer: DialogTarget | null;
  role: RoleChange | null;
  suspend: SuspendTarget | null;
  accessUntil: AccessUntilTarget | null;
};

export function MembersTable({ slug, viewerRole, viewerId, rows, ownerCount, now }: Props) {
  // One confirmation dialog of each kind for the whole table, opened for the row whose control was used; each is
  // mounted from the first time it opens, then kept.
  const [dialogs, setDialogs] = useState<Dialogs>({ remove: null, transfer: null, role: null, suspend: null, accessUntil: null });
  const [opened, setOpened] = useState<Record<keyof Dialogs, boolean>>({ remove: false, transfer: false, role: false, suspend: false, accessUntil: false });
  const open = <K extends keyof Dialogs>(kind: K, target: Dialogs[K]) => {
    setDialogs((d) => ({ ...d, [kind]: target }));
    if (target) setOpened((o) => ({ ...o, [kind]: true }));
  };

  // Rows are rendered here, in the browser's copy of this component, from the rows' data: a server component would
  // send every row twice (its HTML and its element tree in the page's payload), about twice the bytes and server CPU.
  // Every attribute of a row is written 25 times a page, so a row has none it does not need: the row buttons no class
  // (they are styled as `.cell-actions button`) and no type (the table is in no form, so nothing is submitted); the
  // Role and Joined cells no data-label (`.members-table` labels them on phones); the row only its member's id.
  return (
    <>
      <Table columns={["Member", "Role", "Joined", ACTIONS_COLUMN]} className="members-table">
        {rows.map((row) => {
          const m = unpackMemberRow(row);
          const isSelf = m.userId === viewerId;
          const label = m.displayName;
          const controls = memberControls({ userId: viewerId, role: viewerRole }, { userId: m.userId, role: m.role, serviceAccount: m.serviceAccount, active: m.active }, ownerCount);
          const { canChangeRole: canChange, roleOptions: options, canRemove, canTransferOwnership: canTransfer } = controls;
          return (
            <tr key={m.userId} data-user-id={m.userId}>
              <td className="cell-person">
                <PersonAvatar person={m} size="md" />
                <span className="cell-title">
                  {label}
                  {isSelf && <span className="ml-1.5 text-xs font-normal text-zinc-600 dark:text-zinc-400">(you)</span>}
                  {m.serviceAccount && (
                    <Badge tone="indigo" className="ml-1.5">
                      Service account
                    </Badge>
                  )}
                  {(m.suspendedAt || m.accessUntil) && <MemberStatusBadge suspendedAt={m.suspendedAt} accessUntil={m.accessUntil} now={now} />}
                </span>
                {m.email && m.name?.trim() && <span className="cell-detail">{m.email}</span>}
              </td>
              <td>
                {canChange ? (
                  <select
                    className="role-select"
                    aria-label={`Role of ${label}`}
                    // The member's role until a change is confirmed: picking another opens the confirmation.
                    value={m.role}
                    onFocus={loadChangeRole}
                    onChange={(e) =>
                      open("role", { userId: m.userId, label, from: m.role, to: e.target.value as Role, self: isSelf, trigger: e.currentTarget })
                    }
                  >
                    {Array.from(new Set([m.role, ...options])).map((r) => (
                      <option key={r} value={r}>
                        {ROLE_LABELS[r]}
                      </option>
                    ))}
                  </select>
                ) : (
                  <span data-testid="role-label">{ROLE_LABELS[m.role]}</span>
                )}
              </td>
              <td className="cell-date">
                <RelativeTime date={m.joinedAt} now={now} />
              </td>
              <td className="cell-actions">
                {canTransfer && (
                  <button
                    aria-haspopup="dialog"
                    aria-label={`Transfer ownership to ${label}`}
                    onPointerEnter={loadTransfer}
                    onFocus={loadTransfer}
                    onClick={(e) => open("transfer", { userId: m.userId, label, trigger: e.currentTarget })}
                  >
                    Transfer ownership
                  </button>
                )}
                {/* Called, not mounted: it has no state of its own, and a component per row is work for every row of every page. */}
                {memberLifecycleControls({
                  member: { userId: m.userId, label, serviceAccount: m.serviceAccount, accessUntil: m.accessUntil },
                  controls,
                  onSuspend: (target) => open("suspend", target),
                  onAccessUntil: (target) => open("accessUntil", target),
                })}
                {canRemove && (
                  <button
                    aria-haspopup="dialog"
                    aria-label={`Remove ${label}`}
                    onPointerEnter={loadRemove}
                    onFocus={loadRemove}
                    onClick={(e) => open("remove", { userId: m.userId, label, serviceAccount: m.serviceAccount, trigger: e.currentTarget })}
                  >
                    Remove
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </Table>
      <Suspense fallback={null}>
        {(dialogs.remove || opened.remove) && <RemoveMemberDialog slug={slug} target={dialogs.remove} onClose={() => open("remove", null)} />}
        {(dialogs.transfer || opened.transfer) && <TransferOwnershipDialog slug={slug} target={dialogs.transfer} onClose={() => open("transfer", null)} />}
        {(dialogs.role || opened.role) && <ChangeRoleDialog slug={slug} change={dialogs.role} onClose={() => open("role", null)} />}
        {(dialogs.suspend || opened.suspend) && <SuspendMemberDialog slug={slug} target={dialogs.suspend} onClose={() => open("suspend", null)} />}
        {(dialogs.accessUntil || opened.accessUntil) && <AccessUntilDialog slug={slug} target={dialogs.accessUntil} onClose={() => open("accessUntil", null)} />}
      </Suspense>
    </>
  );
}
