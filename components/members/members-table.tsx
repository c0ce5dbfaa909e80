"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { toast } from "sonner";
import type { Role } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { memberControls } from "@/lib/auth/rules";
import { formatDate } from "@/lib/format-date";
import { Badge } from "@/components/ui/badge";
import type { MemberRow } from "@/lib/members/list-members";
import { RemoveMemberDialog, type DialogTarget } from "./remove-member-dialog";
import { TransferOwnershipDialog } from "./transfer-ownership-dialog";
import { changeMemberRoleAction } from "@/lib/actions/member-actions";

type Props = { slug: string; viewerRole: Role; viewerId: string; members: MemberRow[]; ownerCount: number };

function memberLabel(m: MemberRow) {
  return m.name || m.email || "Unnamed";
}

export function MembersTable({ slug, viewerRole, viewerId, members: initial, ownerCount }: Props) {
  const router = useRouter();
  const [roles, setRoles] = useState<Record<string, Role>>({});
  // One confirmation dialog of each kind for the whole table, opened for the row whose button was pressed.
  const [removing, setRemoving] = useState<DialogTarget | null>(null);
  const [transferring, setTransferring] = useState<DialogTarget | null>(null);
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

  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <table className="w-full text-left text-sm [&_td]:px-4 [&_td]:py-3">
        <thead className="border-b border-zinc-200 bg-zinc-50 text-xs uppercase tracking-wide text-zinc-600 dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-400">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">Member</th>
            <th scope="col" className="px-4 py-3 font-medium">Role</th>
            <th scope="col" className="px-4 py-3 font-medium">Joined</th>
            <th scope="col" className="px-4 py-3 font-medium"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
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
                      <span className="block truncate font-medium">
                        {memberLabel(m)}
                        {isSelf && <span className="ml-1.5 text-xs font-normal text-zinc-600 dark:text-zinc-400">(you)</span>}
                        {m.serviceAccount && (
                          <Badge tone="indigo" className="ml-1.5">
                            Service account
                          </Badge>
                        )}
                      </span>
                      {m.email && m.name && <span className="block truncate text-zinc-600 dark:text-zinc-400">{m.email}</span>}
                    </span>
                  </div>
                </td>
                <td>
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
                </td>
                <td className="whitespace-nowrap text-zinc-600 dark:text-zinc-400">
                  <time dateTime={new Date(m.joinedAt).toISOString()}>{formatDate(m.joinedAt)}</time>
                </td>
                <td>
                  <div className="flex justify-end gap-1">
                    {canTransfer && (
                      <button
                        type="button"
                        className="row-action"
                        aria-haspopup="dialog"
                        aria-label={`Transfer ownership to ${memberLabel(m)}`}
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
                        onClick={(e) => setRemoving({ userId: m.userId, label: memberLabel(m), trigger: e.currentTarget })}
                      >
                        Remove
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <RemoveMemberDialog slug={slug} target={removing} onClose={() => setRemoving(null)} />
      <TransferOwnershipDialog slug={slug} target={transferring} onClose={() => setTransferring(null)} />
    </div>
  );
}
