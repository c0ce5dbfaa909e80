"use client";

import { useState } from "react";
import { Bot } from "@/components/ui/icons/bot";
import { toast } from "@/components/ui/toast";
import type { ServiceAccountRole } from "@/lib/auth/rules";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFormFooter, DialogTrigger } from "@/components/ui/dialog";
import { FieldError, Input, Label } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { useAction } from "@/components/ui/use-action";
import { createServiceAccountAction } from "@/lib/actions/token-actions";

export function CreateServiceAccountDialog({ slug, roles }: { slug: string; roles: ServiceAccountRole[] }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [role, setRole] = useState<ServiceAccountRole>(roles.includes("member") ? "member" : roles[0]);
  const { run, pending, failure, reset } = useAction(createServiceAccountAction, {
    onSuccess: (data) => {
      toast.success(`Service account “${data.name}” was created.`);
      setOpen(false);
      setName("");
    },
  });
  const errors = { name: failure?.fieldErrors?.name?.[0], form: failure && !failure.fieldErrors?.name ? failure.message : undefined };

  function submit(event: React.FormEvent) {
    event.preventDefault();
    run(slug, { name, role });
  }

  return (
    <Dialog open={open} onOpenChange={(o) => (setOpen(o), reset())}>
      <DialogTrigger asChild>
        <Button variant="secondary">
          <Bot className="size-4" aria-hidden />
          New service account
        </Button>
      </DialogTrigger>
      <DialogContent
        title="New service account"
        description="A non-human member for automation. It cannot sign in; it acts only through its tokens, which keep working when their creator leaves."
      >
        <form onSubmit={submit} noValidate className="space-y-4">
          <div className="space-y-1.5">
            <Label htmlFor="sa-name">Name</Label>
            <Input
              id="sa-name"
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder="e.g. Deploy bot"
              maxLength={64}
              autoComplete="off"
              aria-invalid={errors.name ? true : undefined}
              aria-describedby="sa-name-error"
            />
            <FieldError id="sa-name-error">{errors.name}</FieldError>
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="sa-role">Role</Label>
            <NativeSelect id="sa-role" value={role} onChange={(e) => setRole(e.target.value as ServiceAccountRole)} className="h-10 w-full">
              {roles.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </NativeSelect>
          </div>
          <DialogFormFooter error={errors.form} pending={pending} submitLabel="Create service account" />
        </form>
      </DialogContent>
    </Dialog>
  );
}
