"use client";

import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { FieldError, Input, Label } from "@/components/ui/input";
import { useAction } from "@/components/ui/use-action";
import { updateProfileAction } from "@/lib/actions/account-actions";

/** The display name (empty: the email shows instead). */
export function ProfileForm({ name }: { name: string | null }) {
  const [value, setValue] = useState(name ?? "");
  const { run, pending, fieldError } = useAction(updateProfileAction, {
    onSuccess: (result) => toast.success(result.displayName ? "Display name saved." : "Display name cleared: your email shows instead."),
  });
  const error = fieldError("displayName", true);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    run({ displayName: value });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-1.5">
      <Label htmlFor="profile-display-name">Display name</Label>
      <div className="flex gap-2">
        <Input
          id="profile-display-name"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          placeholder="Your name"
          maxLength={64}
          autoComplete="name"
          aria-invalid={error ? true : undefined}
          aria-describedby="profile-display-name-help profile-display-name-error"
        />
        <Button type="submit" disabled={pending || value.trim() === (name ?? "")}>
          {pending ? "Saving…" : "Save"}
        </Button>
      </div>
      <p id="profile-display-name-help" className="text-sm text-zinc-600 dark:text-zinc-400">
        How other members see you. Leave it empty to show your email.
      </p>
      <FieldError id="profile-display-name-error">{error}</FieldError>
    </form>
  );
}
