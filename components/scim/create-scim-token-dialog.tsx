"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Plus } from "@/components/ui/icons/plus";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFormFooter, DialogTrigger } from "@/components/ui/dialog";
import { FieldError, Input, Label } from "@/components/ui/input";
import { ShownOnceSecret, shownOnceText } from "@/components/ui/shown-once-secret";
import { useAction } from "@/components/ui/use-action";
import { createScimTokenAction } from "@/lib/actions/scim-actions";

/** "New SCIM token": a name (the identity provider's), then the secret shown once with Done. */
export function CreateScimTokenDialog({ slug }: { slug: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [secret, setSecret] = useState<string>();
  // The list refreshes when the dialog closes, so the secret stays on screen until then.
  const { run, pending, failure, reset: resetFailure } = useAction((input: { name: string }) => createScimTokenAction(slug, input), {
    refresh: "never",
    onSuccess: (data) => setSecret(data.token),
  });
  const nameError = failure?.fieldErrors?.name?.[0];

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) {
      if (secret) router.refresh();
      setName("");
      setSecret(undefined);
      resetFailure();
    }
  }

  const shownOnce = shownOnceText("token");
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <Plus className="size-4" aria-hidden />
          New SCIM token
        </Button>
      </DialogTrigger>
      <DialogContent
        title={secret ? shownOnce.title : "New SCIM token"}
        description={secret ? "Paste it into your identity provider's provisioning settings as the bearer token (Okta: API Token; Entra ID: Secret Token). It is shown only now." : "Name it after the identity provider that will use it."}
        className="max-w-lg"
      >
        {secret ? (
          <ShownOnceSecret id="scim-secret" label="Token" value={secret} testId="new-scim-token-secret" />
        ) : (
          <form
            noValidate
            className="space-y-4"
            onSubmit={(event) => {
              event.preventDefault();
              run({ name });
            }}
          >
            <div className="space-y-1.5">
              <Label htmlFor="scim-token-name">Name</Label>
              <Input
                id="scim-token-name"
                value={name}
                onChange={(e) => setName(e.target.value)}
                placeholder="e.g. Okta"
                maxLength={64}
                autoComplete="off"
                aria-invalid={nameError ? true : undefined}
                aria-describedby="scim-token-name-error"
              />
              <FieldError id="scim-token-name-error">{nameError}</FieldError>
            </div>
            <DialogFormFooter error={failure && !nameError ? failure.message : undefined} pending={pending} submitLabel="Create token" />
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
