"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { FieldError, Input, Label } from "@/components/ui/input";
import { renameWorkspaceAction } from "@/lib/actions/workspace-actions";

export function RenameWorkspaceForm({ slug, displayName, canEdit }: { slug: string; displayName: string; canEdit: boolean }) {
  const router = useRouter();
  const [value, setValue] = useState(displayName);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function submit(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await renameWorkspaceAction(slug, { displayName: value });
      if (!result.ok) {
        setError(result.fieldErrors?.displayName?.[0] ?? result.message);
        return;
      }
      setError(undefined);
      toast.success("Workspace renamed.");
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-1.5">
      <Label htmlFor="displayName">Display name</Label>
      <div className="flex gap-2">
        <Input
          id="displayName"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          readOnly={!canEdit}
          aria-invalid={error ? true : undefined}
          aria-describedby="displayName-error"
        />
        {canEdit && (
          <Button type="submit" disabled={pending || value === displayName}>
            {pending ? "Saving…" : "Save"}
          </Button>
        )}
      </div>
      <FieldError id="displayName-error">{error}</FieldError>
      {!canEdit && <p className="text-sm text-zinc-600 dark:text-zinc-400">Only owners and managers can rename the workspace.</p>}
    </form>
  );
}
