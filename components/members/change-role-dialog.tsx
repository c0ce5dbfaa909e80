"use client";

import { toast } from "@/components/ui/toast";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAction } from "@/components/ui/use-action";
import { useUndoToast } from "@/components/ui/use-undo-toast";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { changeMemberRoleAction } from "@/lib/actions/member-actions";
import type { DialogTarget } from "./remove-member-dialog";

/** A role change to confirm: the member, the role they hold and the one picked in their row's select. */
export type RoleChange = DialogTarget & { from: Role; to: Role; self: boolean };

/** What each role may do, in the words of the permission matrix (lib/auth/permissions.ts). */
const ROLE_CAN: Record<Role, string> = {
  owner: "do everything, including deleting the workspace and transferring ownership",
  manager: "manage members, invitations, API tokens and settings, but not owners",
  member: "see the workspace and its members and create API tokens",
  viewer: "see the workspace and its members, and nothing more",
};

const withArticle = (role: Role) => `${role === "owner" ? "an" : "a"} ${ROLE_LABELS[role]}`;

/**
 * The confirmation of a role change picked in a members row; afterwards a toast offers Undo, which is the same change
 * back (refused like any other if no longer allowed). Stepping down from owner has no Undo: only another owner can
 * make you an owner again. One dialog per table, opened for `change`.
 */
export function ChangeRoleDialog({ slug, change, onClose }: { slug: string; change: RoleChange | null; onClose: () => void }) {
  const showUndo = useUndoToast();
  const { run, pending } = useAction(changeMemberRoleAction, {
    refresh: "always",
    onSuccess: () => {
      onClose();
      if (!change) return;
      const message = change.self ? `You are now ${withArticle(change.to)}.` : `${change.label} is now ${withArticle(change.to)}.`;
      if (change.self) toast.success(message);
      else
        showUndo(message, {
          undo: () => changeMemberRoleAction(slug, { userId: change.userId, role: change.from }),
          undone: `${change.label} is ${withArticle(change.from)} again.`,
        });
    },
    onError: (failure) => (onClose(), toast.error(failure.message)),
  });
  if (!change) return null;
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && onClose()}
      returnFocusTo={change.trigger}
      title={change.self ? "Step down?" : "Change role?"}
      description={
        change.self ? (
          <>
            You become <strong>{withArticle(change.to)}</strong>: from your next request you can {ROLE_CAN[change.to]}. Only another owner can
            make you an owner again.
          </>
        ) : (
          <>
            <strong>{change.label}</strong> becomes <strong>{withArticle(change.to)}</strong>: from their next request they can {ROLE_CAN[change.to]}.
            Their API tokens never act above their new role.
          </>
        )
      }
      tone={change.self ? "danger" : "primary"}
      confirmLabel="Change role"
      pending={pending}
      onConfirm={() => run(slug, { userId: change.userId, role: change.to })}
    />
  );
}
