"use client";

import type { WebhookEventType } from "@/lib/webhooks/schemas";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Plus } from "@/components/ui/icons/plus";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFormFooter, DialogTrigger } from "@/components/ui/dialog";
import { FieldError, Input, Label } from "@/components/ui/input";
import { ShownOnceSecret, shownOnceText } from "@/components/ui/shown-once-secret";
import { useAction } from "@/components/ui/use-action";
import { createWebhookEndpointAction } from "@/lib/actions/webhook-actions";
import { EventTypesField } from "./event-types-field";

type Input = { url: string; description: string; eventTypes: "all" | WebhookEventType[] };

/** "Add endpoint": URL, description and events, then the signing secret shown once with Done. */
export function CreateWebhookEndpointDialog({ slug, types }: { slug: string; types: { type: WebhookEventType; label: string }[] }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<Input>({ url: "", description: "", eventTypes: "all" });
  const [secret, setSecret] = useState<string>();
  // The list refreshes when the dialog closes, so the secret stays on screen until then.
  const { run, pending, failure, reset } = useAction((input: Input) => createWebhookEndpointAction(slug, input), {
    refresh: "never",
    onSuccess: (data) => setSecret(data.secret),
  });
  const urlError = failure?.fieldErrors?.url?.[0];
  const typesError = failure?.fieldErrors && Object.entries(failure.fieldErrors).find(([k]) => k.startsWith("eventTypes"))?.[1][0];

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) {
      if (secret) router.refresh();
      setForm({ url: "", description: "", eventTypes: "all" });
      setSecret(undefined);
      reset();
    }
  }

  const shownOnce = shownOnceText("signing secret");
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <Plus className="size-4" aria-hidden />
          Add endpoint
        </Button>
      </DialogTrigger>
      <DialogContent
        title={secret ? shownOnce.title : "Add a webhook endpoint"}
        description={secret ? "Your receiver verifies every request with it (any Standard Webhooks library). It is shown only now." : "Roster POSTs each event to this URL, signed with a secret only you and Roster know."}
        className="max-w-lg"
      >
        {secret ? (
          <ShownOnceSecret id="webhook-secret" label="Signing secret" value={secret} testId="new-webhook-secret" />
        ) : (
          <form
            noValidate
            className="space-y-4"
            onSubmit={(event) => {
              event.preventDefault();
              run(form);
            }}
          >
            <div className="space-y-1.5">
              <Label htmlFor="webhook-url">URL</Label>
              <Input
                id="webhook-url"
                name="url"
                type="url"
                inputMode="url"
                value={form.url}
                onChange={(e) => setForm({ ...form, url: e.target.value })}
                placeholder="https://example.com/webhooks/roster"
                autoComplete="off"
                aria-invalid={urlError ? true : undefined}
                aria-describedby="webhook-url-error"
              />
              <FieldError id="webhook-url-error">{urlError}</FieldError>
            </div>
            <div className="space-y-1.5">
              <Label htmlFor="webhook-description">Description (optional)</Label>
              <Input id="webhook-description" name="description" value={form.description} onChange={(e) => setForm({ ...form, description: e.target.value })} maxLength={200} placeholder="e.g. CRM sync" />
            </div>
            <EventTypesField types={types} value={form.eventTypes} onChange={(eventTypes) => setForm({ ...form, eventTypes })} error={typesError} />
            <DialogFormFooter error={failure && !urlError && !typesError ? failure.message : undefined} pending={pending} submitLabel="Add endpoint" pendingLabel="Adding…" />
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
