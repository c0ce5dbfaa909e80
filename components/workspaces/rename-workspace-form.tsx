"use client";

import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { FieldError, Input, Label } from "@/components/ui/input";
import { useAction } from "@/components/ui/use-action";
import { renameWorkspaceAction } from "@/lib/actions/workspace-actions";

export function RenameWorkspaceForm({ slug, displayName, canEdit }: { slug: string; displayName: string; canEdit: boolean }) {
  const [value, setValue] = useState(displayName);
  const { run, pending, fieldError } = useAction(renameWorkspaceAction, { onSuccess: () => toast.success("Workspace renamed.") });
  const error = fieldError("displayName", true);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    run(slug, { displayName: value });
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
