"use client";

import { useRouter } from "next/navigation";
import { lazy, Suspense, useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { toast } from "sonner";
import type { Role } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { memberControls } from "@/lib/auth/rules";
import { formatDate } from "@/lib/format-date";
import { Badge } from "@/components/ui/badge";
import { ACTIONS_COLUMN, Cell, Table } from "@/components/ui/table";
import type { MemberRow } from "@/lib/members/list-members";
import type { DialogTarget } from "./remove-member-dialog";
import { changeMemberRoleAction } from "@/lib/actions/member-actions";

// The two dialogs' code loads when a row's button is first pointed at or focused, not with the page.
const loadRemove = () => import("./remove-member-dialog");
const loadTransfer = () => import("./transfer-ownership-dialog");
const RemoveMemberDialog = lazy(() => loadRemove().then((m) => ({ default: m.RemoveMemberDialog })));
const TransferOwnershipDialog = lazy(() => loadTransfer().then((m) => ({ default: m.TransferOwnershipDialog })));

type Props = { slug: string; viewerRole: Role; viewerId: string; members: MemberRow[]; ownerCount: number };

function memberLabel(m: MemberRow) {
  return m.name || m.email || "Unnamed";
}

export function MembersTable({ slug, viewerRole, viewerId, members: initial, ownerCount }: Props) {
  const router = useRouter();
  const [roles, setRoles] = useState<Record<string, Role>>({});
  // One confirmation dialog of each kind for the whole table, opened for the row whose button was pressed.
  const [removing, setRemovingState] = useState<DialogTarget | null>(null);
  const [transferring, setTransferringState] = useState<DialogTarget | null>(null);
  const [opened, setOpened] = useState({ remove: false, transfer: false });
  const setRemoving = (target: DialogTarget | null) => (setRemovingState(target), target && setOpened((o) => ({ ...o, remove: true })));
  const setTransferring = (target: DialogTarget | null) => (setTransferringState(target), target && setOpened((o) => ({ ...o, transfer: true })));
  const roleOf = (m: MemberRow) => roles[m.userId] ?? m.role;

  const mutation = useMutation({
    mutationFn: async ({ userId, role }: { userId: string; role: Role; previous: Role }) => {
      const result = await changeMemberRoleAction(slug, { userId, role });
      if (!result.ok) throw new Error(result.message);
      return result.data;
    },
    onMutate: ({ userId, role }) => setRoles((r) => ({ ...r, [userId]: role })),
    onError: (error, { userId, previous }) => {
      setRoles((r) => ({ ...r, [userId]: previous }));
      toast.error(error.message);
    },
    onSuccess: (_data, { role }) => {
      toast.success(`Role changed to ${ROLE_LABELS[role]}.`);
      router.refresh();
    },
  });

  // Rows are rendered here, in the browser's copy of this component, from the rows' data: a server component would
  // send every row twice (its HTML and its element tree in the page's payload), about twice the bytes and server CPU.
  return (
    <>
      <Table columns={["Member", "Role", "Joined", ACTIONS_COLUMN]}>
        {initial.map((m) => {
          const role = roleOf(m);
          const isSelf = m.userId === viewerId;
          const controls = memberControls({ userId: viewerId, role: viewerRole }, { userId: m.userId, role, serviceAccount: m.serviceAccount }, ownerCount);
          const { canChangeRole: canChange, roleOptions: options, canRemove, canTransferOwnership: canTransfer } = controls;
          return (
            <tr key={m.userId} data-testid={`member-row-${m.email ?? m.userId}`} data-user-id={m.userId}>
              <td>
                <div className="flex items-center gap-3">
                  <span aria-hidden className="avatar-initial">
                    {memberLabel(m).charAt(0).toUpperCase()}
                  </span>
                  <span className="min-w-0">
                    <span className="block font-medium wrap-anywhere sm:truncate">
                      {memberLabel(m)}
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
                {canChange ? (
                  <select
                    className="role-select"
                    aria-label={`Role of ${memberLabel(m)}`}
                    value={role}
                    disabled={mutation.isPending && mutation.variables?.userId === m.userId}
                    onChange={(e) => mutation.mutate({ userId: m.userId, role: e.target.value as Role, previous: role })}
                  >
                    {Array.from(new Set([role, ...options])).map((r) => (
                      <option key={r} value={r}>
                        {ROLE_LABELS[r]}
                      </option>
                    ))}
                  </select>
                ) : (
                  <span data-testid="role-label">{ROLE_LABELS[role]}</span>
                )}
              </Cell>
              <Cell label="Joined" className="whitespace-nowrap text-zinc-600 dark:text-zinc-400">
                <time dateTime={new Date(m.joinedAt).toISOString()}>{formatDate(m.joinedAt)}</time>
              </Cell>
              <td>
                {(canTransfer || canRemove) && (
                  <div className="flex justify-end gap-1">
                    {canTransfer && (
                      <button
                        type="button"
                        className="row-action"
                        aria-haspopup="dialog"
                        aria-label={`Transfer ownership to ${memberLabel(m)}`}
                        onPointerEnter={loadTransfer}
                        onFocus={loadTransfer}
                        onClick={(e) => setTransferring({ userId: m.userId, label: memberLabel(m), trigger: e.currentTarget })}
                      >
                        Transfer ownership
                      </button>
                    )}
                    {canRemove && (
                      <button
                        type="button"
                        className="row-action"
                        aria-haspopup="dialog"
                        aria-label={`Remove ${memberLabel(m)}`}
                        onPointerEnter={loadRemove}
                        onFocus={loadRemove}
                        onClick={(e) => setRemoving({ userId: m.userId, label: memberLabel(m), trigger: e.currentTarget })}
                      >
                        Remove
                      </button>
                    )}
                  </div>
                )}
              </td>
            </tr>
          );
        })}
      </Table>
      {/* Mounted from the first time each is opened, then kept, as when they were part of the page. */}
      <Suspense fallback={null}>
        {(removing || opened.remove) && <RemoveMemberDialog slug={slug} target={removing} onClose={() => setRemoving(null)} />}
        {(transferring || opened.transfer) && <TransferOwnershipDialog slug={slug} target={transferring} onClose={() => setTransferring(null)} />}
      </Suspense>
    </>
  );
}
