"use client";

import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import { resendInvitationAction } from "@/lib/actions/invitation-actions";

/** A pending invitation's Resend (the row is rendered on the server): the same email again, with a fresh expiry. */
export function ResendInvitationButton({ slug, invitationId, email }: { slug: string; invitationId: string; email: string }) {
  const resend = useAction(
    async () => {
      const result = await resendInvitationAction(slug, { invitationId });
      if (result.ok) toast.success(`Invitation sent again to ${email}.`);
      return result;
    },
    { refresh: "always", onError: (failure) => toast.error(failure.message) },
  );
  return (
    <Button variant="ghost" size="sm" disabled={resend.pending} onClick={() => resend.run()} aria-label={`Resend invitation to ${email}`}>
      Resend
    </Button>
  );
}
