"use client";

import { toast } from "sonner";
import { WorkspaceAvatar } from "@/components/ui/avatar";
import { ImageUpload } from "@/components/ui/image-upload";
import { useAction } from "@/components/ui/use-action";
import { removeLogoAction, setLogoAction } from "@/lib/actions/workspace-actions";
import type { WorkspaceIdentity } from "@/lib/workspaces/workspace-identity";

/** The logo on General settings: owners and managers upload or remove it (workspace:update); others only see it. */
export function LogoUpload({ slug, workspace, canEdit }: { slug: string; workspace: WorkspaceIdentity & { displayName: string }; canEdit: boolean }) {
  const upload = useAction(setLogoAction, { onSuccess: () => toast.success("Logo updated.") });
  const remove = useAction(removeLogoAction, { onSuccess: () => toast.success("Logo removed.") });
  const preview = <WorkspaceAvatar workspace={workspace} size="xl" label={workspace.logoUrl ? `Logo of ${workspace.displayName}` : `${workspace.displayName}: no logo`} />;
  if (!canEdit) {
    return (
      <div className="flex items-center gap-4">
        {preview}
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Only owners and managers can change the logo.</p>
      </div>
    );
  }
  return (
    <ImageUpload
      id="logo"
      preview={preview}
      hasImage={Boolean(workspace.logoUrl)}
      uploadLabel={workspace.logoUrl ? "Change logo" : "Upload logo"}
      removeLabel="Remove"
      pending={upload.pending || remove.pending}
      error={upload.fieldError("file", true) ?? remove.failure?.message}
      onUpload={(form) => (remove.reset(), upload.run(slug, form))}
      onRemove={() => (upload.reset(), remove.run(slug))}
    />
  );
}
