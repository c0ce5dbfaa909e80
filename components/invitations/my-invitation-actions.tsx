"use client";

import { useRouter } from "next/navigation";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import { acceptInvitationAction, declineInvitationAction } from "@/lib/actions/invitation-actions";
import { welcomePath } from "@/lib/workspaces/welcome-path";

export function MyInvitationActions({ invitationId, workspaceName }: { invitationId: string; workspaceName: string }) {
  const router = useRouter();
  const accept = useAction(acceptInvitationAction, {
    onSuccess: (data) => router.push(welcomePath(data)),
    onError: (failure) => toast.error(failure.message),
  });
  const decline = useAction(declineInvitationAction, {
    refresh: "always",
    onSuccess: () => toast.success(`Invitation to ${workspaceName} declined.`),
    onError: (failure) => toast.error(failure.message),
  });
  const pending = accept.pending || decline.pending;
  return (
    <div className="flex gap-2">
      <Button size="sm" disabled={pending} aria-label={`Accept invitation to ${workspaceName}`} onClick={() => accept.run({ invitationId })}>
        Accept
      </Button>
      <Button
        size="sm"
        variant="secondary"
        disabled={pending}
        aria-label={`Decline invitation to ${workspaceName}`}
        onClick={() => decline.run({ invitationId })}
      >
        Decline
      </Button>
    </div>
  );
}
