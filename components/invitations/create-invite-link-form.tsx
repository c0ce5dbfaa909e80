"use client";

import { lazy, Suspense, useRef, useState } from "react";
import type { Role } from "@/lib/auth/roles";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { Button } from "@/components/ui/button";
import { FieldError, Input, Label } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { useAction } from "@/components/ui/use-action";
import { createInviteLinkAction } from "@/lib/actions/invitation-actions";

// The shown-once dialog's code loads when a link is being created (the form's submit starts the download).
const loadCreatedDialog = () => import("./created-invite-link-dialog");
const CreatedInviteLinkDialog = lazy(() => loadCreatedDialog().then((m) => ({ default: m.CreatedInviteLinkDialog })));

const EXPIRY_LABELS = { "1d": "1 day", "7d": "7 days", "30d": "30 days", never: "Never" } as const;

/** A field of the form by its name (the form's controls are uncontrolled: the browser keeps their values). */
const field = (form: HTMLFormElement, name: string) => form.elements.namedItem(name) as HTMLInputElement;

/** The Invitations page's form that creates an invite link (role, expiry, max uses, domains, access end), then shows the link once. */
export function CreateInviteLinkForm({ slug, roles }: { slug: string; roles: Role[] }) {
  const linkRoles = roles.filter((r) => r !== "owner");
  const formRef = useRef<HTMLFormElement>(null);
  const [created, setCreated] = useState<string>();
  const creating = useAction(createInviteLinkAction, {
    onSuccess: (data) => {
      setCreated(data.url);
      const form = formRef.current;
      if (form) for (const name of ["maxUses", "allowedDomains", "accessUntil"]) field(form, name).value = "";
    },
  });
  const errors: Record<string, string[] | undefined> = creating.failure ? (creating.failure.fieldErrors ?? { _: [creating.failure.message] }) : {};

  // The fields are the browser's own (uncontrolled): read on submit; after a link is made, the per-link ones are cleared.
  function create(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void loadCreatedDialog().catch(() => {});
    const form = event.currentTarget;
    const accessUntil = field(form, "accessUntil").value;
    creating.run(slug, {
      role: field(form, "role").value as Role,
      expiresIn: field(form, "expiresIn").value as keyof typeof EXPIRY_LABELS,
      maxUses: field(form, "maxUses").value,
      allowedDomains: field(form, "allowedDomains").value,
      ...(accessUntil ? { accessUntil: new Date(accessUntil).toISOString() } : {}),
    });
  }

  return (
    <>
      <form ref={formRef} onSubmit={create} noValidate className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6 lg:items-end">
        <div className="space-y-1.5">
          <Label htmlFor="link-role">Role</Label>
          <NativeSelect id="link-role" name="role" defaultValue={linkRoles.includes("member") ? "member" : linkRoles[0]} className="h-10 w-full">
            {linkRoles.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
          </NativeSelect>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="link-expiry">Expires after</Label>
          <NativeSelect id="link-expiry" name="expiresIn" defaultValue="7d" className="h-10 w-full">
            {Object.entries(EXPIRY_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          </NativeSelect>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="link-max-uses">Max uses</Label>
          <Input id="link-max-uses" name="maxUses" inputMode="numeric" placeholder="Unlimited" aria-invalid={errors.maxUses ? true : undefined} />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="link-domains">Only these domains</Label>
          <Input id="link-domains" name="allowedDomains" placeholder="Any (e.g. acme.com)" aria-invalid={errors.allowedDomains ? true : undefined} />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="link-access-until">Access until</Label>
          <Input id="link-access-until" name="accessUntil" type="datetime-local" aria-invalid={errors.accessUntil ? true : undefined} />
        </div>
        <Button type="submit" pending={creating.pending}>Create link</Button>
        <div className="sm:col-span-2 lg:col-span-6">
          <FieldError>{errors.accessUntil?.[0] ?? errors.maxUses?.[0] ?? errors.allowedDomains?.[0] ?? Object.keys(errors).filter((k) => k.startsWith("allowedDomains")).map((k) => errors[k]?.[0])[0] ?? errors.role?.[0] ?? errors._?.[0]}</FieldError>
        </div>
      </form>
      {created && (
        <Suspense>
          <CreatedInviteLinkDialog url={created} onClose={() => setCreated(undefined)} />
        </Suspense>
      )}
    </>
  );
}
