"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Role } from "@/lib/auth/roles";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { defaultTokenRole } from "@/lib/auth/rules";
import { Dialog, DialogContent, DialogFormFooter } from "@/components/ui/dialog";
import { FieldError, Input, Label } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { useAction } from "@/components/ui/use-action";
import { ShownOnceSecret, shownOnceText } from "@/components/ui/shown-once-secret";
import { createPersonalTokenAction, createTokenAction } from "@/lib/actions/token-actions";
import { TokenExpirySelect } from "./token-expiry-select";

export type CreateTokenProps = {
  /** The workspace; absent for a personal access token. */
  slug?: string;
  /** Roles the token may be given (no higher than the creator's own), highest first. */
  roles?: Role[];
  /** A service account to own the token. */
  holder?: { id: string; name: string };
};

type Props = CreateTokenProps & {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The button that opened it (./create-token-dialog.tsx): the focus goes back to it when the dialog closes. */
  returnFocusTo: HTMLElement | null;
};

/** The new-token form and, once created, its secret shown once (./create-token-dialog.tsx loads it when it first opens). */
export function CreateTokenForm({ slug, roles = [], holder, open, onOpenChange: setOpen, returnFocusTo }: Props) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [expiry, setExpiry] = useState("90");
  // Least privilege by default: the lowest useful role (defaultTokenRole), never the creator's own owner role.
  const [role, setRole] = useState<Role | undefined>(defaultTokenRole(roles));
  const [secret, setSecret] = useState<string>();
  const create = (input: { name: string; expiresInDays: 30 | 90 | 365 | null }) =>
    slug ? createTokenAction(slug, { ...input, role, holderId: holder?.id }) : createPersonalTokenAction(input);
  // The list refreshes when the dialog closes, so the secret stays on screen until then.
  const { run, pending, failure, reset: resetFailure } = useAction(create, { refresh: "never", onSuccess: (data) => setSecret(data.token) });
  const errors = {
    name: failure?.fieldErrors?.name?.[0],
    role: failure?.fieldErrors?.role?.[0],
    form: failure && !failure.fieldErrors?.name && !failure.fieldErrors?.role ? failure.message : undefined,
  };
  const idPrefix = holder ? `sa-${holder.id}` : slug ? "token" : "pat";

  function reset(next: boolean) {
    setOpen(next);
    if (!next) {
      if (secret) router.refresh();
      setName("");
      setExpiry("90");
      setRole(defaultTokenRole(roles));
      resetFailure();
      setSecret(undefined);
    }
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const expiresInDays = expiry === "none" ? null : (Number(expiry) as 30 | 90 | 365);
    run({ name, expiresInDays });
  }

  const shownOnce = shownOnceText("token");
  const title = secret ? shownOnce.title : holder ? `New token for ${holder.name}` : slug ? "New API token" : "New personal access token";
  const description = secret
    ? shownOnce.description
    : slug
      ? "A token acts in this workspace with the lower of its role and its holder's current role."
      : "A personal access token acts as you in every workspace you belong to, with your role there.";

  return (
    <Dialog open={open} onOpenChange={reset}>
      <DialogContent
        title={title}
        description={description}
        className="max-w-lg"
        // Without a Radix trigger the dialog would not know where the focus goes back to.
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          if (returnFocusTo?.isConnected) returnFocusTo.focus();
        }}
      >
        {secret ? (
          <ShownOnceSecret id={`${idPrefix}-secret`} label="Token" value={secret} testId="new-token-secret" />
        ) : (
          <form onSubmit={submit} noValidate className="space-y-4">
            <div className="space-y-1.5">
              <Label htmlFor={`${idPrefix}-name`}>Name</Label>
              <Input
                id={`${idPrefix}-name`}
                value={name}
                onChange={(e) => setName(e.target.value)}
                placeholder="e.g. CI deploy"
                maxLength={64}
                autoComplete="off"
                aria-invalid={errors.name ? true : undefined}
                aria-describedby={`${idPrefix}-name-error`}
              />
              <FieldError id={`${idPrefix}-name-error`}>{errors.name}</FieldError>
            </div>
            <div className="grid gap-4 sm:grid-cols-2">
              <TokenExpirySelect id={`${idPrefix}-expiry`} value={expiry} onChange={setExpiry} />
              {slug && roles.length > 0 && (
                <div className="space-y-1.5">
                  <Label htmlFor={`${idPrefix}-role`}>Role</Label>
                  <NativeSelect
                    id={`${idPrefix}-role`}
                    value={role}
                    onChange={(e) => setRole(e.target.value as Role)}
                    className="h-10 w-full"
                    aria-describedby={`${idPrefix}-role-error`}
                  >
                    {roles.map((r) => (
                      <option key={r} value={r}>
                        {ROLE_LABELS[r]}
                      </option>
                    ))}
                  </NativeSelect>
                  <FieldError id={`${idPrefix}-role-error`}>{errors.role}</FieldError>
                </div>
              )}
            </div>
            <DialogFormFooter error={errors.form} pending={pending} submitLabel="Create token" />
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
