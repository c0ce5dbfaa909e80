"use client";

import { useEffect, useState } from "react";
import { toast } from "@/components/ui/toast";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAction } from "@/components/ui/use-action";
import { countInvitesSentByAction, removeMemberAction } from "@/lib/actions/member-actions";

/** Who a row dialog acts on, and the control that opened it (focus goes back there when the dialog closes). */
export type DialogTarget = { userId: string; label: string; serviceAccount?: boolean; trigger: HTMLElement | null };

/** The confirmation before removing a member or a service account: one dialog for a whole table, opened for `target`. */
export function RemoveMemberDialog({ slug, target, onClose }: { slug: string; target: DialogTarget | null; onClose: () => void }) {
  const { run, pending } = useAction(removeMemberAction, {
    refresh: "always",
    onSuccess: () => (onClose(), target && toast.success(`${target.label} removed.`)),
    onError: (failure) => (onClose(), toast.error(failure.message)),
  });
  // A service account creates no invitations: nothing to count.
  const revoked = useInvitesSentBy(slug, target && !target.serviceAccount ? target.userId : null);
  if (!target) return null;
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && onClose()}
      returnFocusTo={target.trigger}
      title={target.serviceAccount ? "Remove service account?" : "Remove member?"}
      description={
        target.serviceAccount ? (
          <>
            The API tokens of <strong>{target.label}</strong> are revoked at once: anything using them stops working. This cannot be undone.
          </>
        ) : (
          <>
            <strong>{target.label}</strong> loses access to this workspace on their next request, and their API tokens for it are revoked.{" "}
            {revokedSentence(revoked)}
          </>
        )
      }
      confirmLabel={target.serviceAccount ? "Remove service account" : "Remove member"}
      pending={pending}
      onConfirm={() => run(slug, { userId: target.userId })}
    />
  );
}

type Sent = { inviteLinks: number; invitations: number };

/** What removing this member revokes besides their tokens, loaded when the dialog opens (the page does not carry it). */
function useInvitesSentBy(slug: string, userId: string | null): Sent | null {
  const [sent, setSent] = useState<{ userId: string; counts: Sent } | null>(null);
  useEffect(() => {
    if (!userId) return;
    let current = true;
    void countInvitesSentByAction(slug, { userId }).then((result) => {
      if (current && result.ok) setSent({ userId, counts: result.data });
    });
    return () => {
      current = false;
    };
  }, [slug, userId]);
  return sent && sent.userId === userId ? sent.counts : null;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function revokedSentence(sent: Sent | null): string {
  if (!sent) return "Invite links they created and invitations they sent are revoked too.";
  if (!sent.inviteLinks && !sent.invitations) return "They created no invite links and have no pending invitations to revoke.";
  return `${plural(sent.inviteLinks, "invite link", "invite links")} they created and ${plural(sent.invitations, "pending invitation", "pending invitations")} they sent will be revoked.`;
}
