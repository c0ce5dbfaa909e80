"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { useAction } from "@/components/ui/use-action";
import { setAutoJoinAction } from "@/lib/actions/auto-join-actions";
import { revokeInvitationAction, revokeInviteLinkAction } from "@/lib/actions/invitation-actions";
import { declineJoinRequestAction } from "@/lib/actions/join-request-actions";
import type { ActionResult } from "@/lib/actions/run-action";

/** One open door on the Access page and the action that closes it. */
export type Door =
  | { kind: "invite-link"; id: string; label: string }
  | { kind: "invitation"; id: string; label: string }
  | { kind: "domain-auto-join"; label: string }
  | { kind: "github-auto-join"; label: string }
  | { kind: "join-request"; id: string; label: string };

const CLOSE = {
  "invite-link": {
    button: "Revoke",
    title: "Revoke invite link?",
    description: (label: string) => `The link ${label}… stops working at once. People who joined with it stay members.`,
    confirm: "Revoke link",
    done: "Invite link revoked.",
    run: (slug: string, door: Door) => revokeInviteLinkAction(slug, { linkId: "id" in door ? door.id : "" }),
  },
  invitation: {
    button: "Revoke",
    title: "Revoke invitation?",
    description: (label: string) => `The link in the email to ${label} stops working at once. You can invite them again at any time.`,
    confirm: "Revoke invitation",
    done: "Invitation revoked.",
    run: (slug: string, door: Door) => revokeInvitationAction(slug, { invitationId: "id" in door ? door.id : "" }),
  },
  "domain-auto-join": {
    button: "Turn off",
    title: "Turn off domain auto-join?",
    description: (label: string) => `People with a verified address at ${label} can no longer join on their own. Members stay.`,
    confirm: "Turn off",
    done: "Domain auto-join turned off.",
    run: (slug: string) => setAutoJoinAction(slug, { kind: "domain", enabled: false }),
  },
  "github-auto-join": {
    button: "Turn off",
    title: "Turn off GitHub auto-join?",
    description: (label: string) => `Members of the GitHub organization ${label} no longer see this workspace as a Join suggestion. Members stay.`,
    confirm: "Turn off",
    done: "GitHub auto-join turned off.",
    run: (slug: string) => setAutoJoinAction(slug, { kind: "github", enabled: false }),
  },
  "join-request": {
    button: "Decline",
    title: "Decline this request to join?",
    description: (label: string) => `${label} is emailed that the request was declined. They may ask again later.`,
    confirm: "Decline request",
    done: "Request declined.",
    run: (slug: string, door: Door) => declineJoinRequestAction(slug, { requestId: "id" in door ? door.id : "" }),
  },
} as const;

/** Closes one door after the one confirmation pattern; the page re-renders without it. */
export function CloseDoorButton({ slug, door }: { slug: string; door: Door }) {
  const [open, setOpen] = useState(false);
  const close = CLOSE[door.kind];
  const { run, pending } = useAction((s: string, d: Door): Promise<ActionResult<unknown>> => close.run(s, d), {
    refresh: "always",
    onSuccess: () => (setOpen(false), toast.success(close.done)),
    onError: (failure) => (setOpen(false), toast.error(failure.message)),
  });
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button variant="ghost" size="sm" aria-label={`${close.button}: ${door.label}`}>
          {close.button}
        </Button>
      }
      title={close.title}
      description={close.description(door.label)}
      confirmLabel={close.confirm}
      pending={pending}
      onConfirm={() => run(slug, door)}
    />
  );
}
