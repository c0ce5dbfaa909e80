"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { acceptInvitationAction, declineInvitationAction } from "@/lib/actions/invitation-actions";

export function MyInvitationActions({ invitationId, workspaceName }: { invitationId: string; workspaceName: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex gap-2">
      <Button
        size="sm"
        disabled={pending}
        aria-label={`Accept invitation to ${workspaceName}`}
        onClick={() =>
          startTransition(async () => {
            const res = await acceptInvitationAction({ invitationId });
            if (!res.ok) return void toast.error(res.message);
            router.push(`/w/${res.data.slug}`);
            router.refresh();
          })
        }
      >
        Accept
      </Button>
      <Button
        size="sm"
        variant="secondary"
        disabled={pending}
        aria-label={`Decline invitation to ${workspaceName}`}
        onClick={() =>
          startTransition(async () => {
            const res = await declineInvitationAction({ invitationId });
            if (!res.ok) toast.error(res.message);
            else toast.success(`Invitation to ${workspaceName} declined.`);
            router.refresh();
          })
        }
      >
        Decline
      </Button>
    </div>
  );
}
