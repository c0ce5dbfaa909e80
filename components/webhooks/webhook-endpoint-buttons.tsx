"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogContent, DialogFormFooter, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { ShownOnceSecret, shownOnceText } from "@/components/ui/shown-once-secret";
import { toast } from "@/components/ui/toast";
import { useAction } from "@/components/ui/use-action";
import {
  deleteWebhookEndpointAction,
  resendWebhookDeliveryAction,
  rotateWebhookSecretAction,
  sendTestWebhookAction,
  updateWebhookEndpointAction,
} from "@/lib/actions/webhook-actions";

/** "Send test event": queues a webhook.test event; the delivery log shows it (the page refreshes). */
export function SendTestEventButton({ slug, endpointId }: { slug: string; endpointId: string }) {
  const { run, pending } = useAction(() => sendTestWebhookAction(slug, { endpointId }), {
    onSuccess: () => toast.success("Test event queued: it shows in the delivery log."),
    onError: (failure) => toast.error(failure.message),
  });
  return (
    <Button variant="secondary" size="sm" pending={pending} onClick={() => run()}>
      Send test event
    </Button>
  );
}

/** "Resend" on one delivery: the same webhook-id, as its next attempt. */
export function ResendDeliveryButton({ slug, endpointId, deliveryId, type }: { slug: string; endpointId: string; deliveryId: string; type: string }) {
  const { run, pending } = useAction(() => resendWebhookDeliveryAction(slug, { endpointId, deliveryId }), {
    onSuccess: () => toast.success(`${type} queued again.`),
    onError: (failure) => toast.error(failure.message),
  });
  return (
    <Button variant="ghost" size="sm" pending={pending} onClick={() => run()} aria-label={`Resend ${type}`}>
      Resend
    </Button>
  );
}

const OVERLAPS = [
  { hours: 0, label: "None: the old secret stops signing now" },
  { hours: 1, label: "1 hour" },
  { hours: 24, label: "24 hours" },
  { hours: 72, label: "3 days" },
  { hours: 168, label: "7 days" },
];

/** "Rotate secret": how long the old secret keeps signing, then the new secret shown once. */
export function RotateSecretDialog({ slug, endpointId }: { slug: string; endpointId: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [overlapHours, setOverlapHours] = useState(24);
  const [secret, setSecret] = useState<string>();
  const { run, pending, failure, reset } = useAction((hours: number) => rotateWebhookSecretAction(slug, { endpointId, overlapHours: hours }), {
    refresh: "never",
    onSuccess: (data) => setSecret(data.secret),
  });
  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) {
      if (secret) router.refresh();
      setSecret(undefined);
      setOverlapHours(24);
      reset();
    }
  }
  const shownOnce = shownOnceText("signing secret");
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm">
          Rotate secret
        </Button>
      </DialogTrigger>
      <DialogContent
        title={secret ? shownOnce.title : "Rotate the signing secret?"}
        description={
          secret
            ? "Put it in your receiver. Until the overlap ends, each request carries both signatures, so either secret verifies it."
            : "Roster signs with a new secret. During the overlap it signs with the old one too, so your receiver can switch without missing an event."
        }
        className="max-w-lg"
      >
        {secret ? (
          <ShownOnceSecret id="rotated-webhook-secret" label="Signing secret" value={secret} testId="rotated-webhook-secret" />
        ) : (
          <form
            noValidate
            className="space-y-4"
            onSubmit={(event) => {
              event.preventDefault();
              run(overlapHours);
            }}
          >
            <div className="space-y-1.5">
              <Label htmlFor="webhook-overlap">Overlap</Label>
              <NativeSelect id="webhook-overlap" value={overlapHours} onChange={(e) => setOverlapHours(Number(e.target.value))}>
                {OVERLAPS.map((o) => (
                  <option key={o.hours} value={o.hours}>
                    {o.label}
                  </option>
                ))}
              </NativeSelect>
            </div>
            <DialogFormFooter error={failure?.message} pending={pending} submitLabel="Rotate secret" pendingLabel="Rotating…" />
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}

/** Disable (confirmed) or enable an endpoint. */
export function ToggleEndpointButton({ slug, endpointId, enabled }: { slug: string; endpointId: string; enabled: boolean }) {
  const [open, setOpen] = useState(false);
  const { run, pending } = useAction((next: boolean) => updateWebhookEndpointAction(slug, { endpointId, enabled: next }), {
    refresh: "always",
    onSuccess: () => (setOpen(false), toast.success(enabled ? "Endpoint disabled." : "Endpoint enabled.")),
    onError: (failure) => (setOpen(false), toast.error(failure.message)),
  });
  if (!enabled) {
    return (
      <Button variant="secondary" size="sm" pending={pending} onClick={() => run(true)}>
        Enable
      </Button>
    );
  }
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button variant="ghost" size="sm">
          Disable
        </Button>
      }
      title="Disable this endpoint?"
      description="Roster stops sending events to it until you enable it again. Events in between are not sent later."
      confirmLabel="Disable endpoint"
      pending={pending}
      onConfirm={() => run(false)}
    />
  );
}

/** Delete an endpoint and its delivery log, after a confirmation; back to the list. */
export function DeleteEndpointButton({ slug, endpointId, url }: { slug: string; endpointId: string; url: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { run, pending } = useAction(() => deleteWebhookEndpointAction(slug, { endpointId }), {
    refresh: "never",
    onSuccess: () => (setOpen(false), toast.success("Endpoint deleted."), router.push(`/w/${slug}/settings/webhooks`)),
    onError: (failure) => (setOpen(false), toast.error(failure.message)),
  });
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button variant="ghost" size="sm">
          Delete
        </Button>
      }
      title="Delete this endpoint?"
      description={
        <>
          Roster stops sending events to <strong className="wrap-anywhere">{url}</strong> and deletes its delivery log. This cannot be undone.
        </>
      }
      confirmLabel="Delete endpoint"
      pending={pending}
      onConfirm={() => run()}
    />
  );
}
