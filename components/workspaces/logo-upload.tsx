import { WorkspaceAvatar } from "@/components/ui/avatar";
import type { WorkspaceIdentity } from "@/lib/workspaces/workspace-identity";
import { LogoUploadForm } from "./logo-upload-form";

/** The logo on General settings: owners and managers upload or remove it (workspace:update); others only see it. */
export function LogoUpload({ slug, workspace, canEdit }: { slug: string; workspace: WorkspaceIdentity & { displayName: string }; canEdit: boolean }) {
  const preview = <WorkspaceAvatar workspace={workspace} size="xl" label={workspace.logoUrl ? `Logo of ${workspace.displayName}` : `${workspace.displayName}: no logo`} />;
  if (!canEdit) {
    return (
      <div className="flex items-center gap-4">
        {preview}
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Only owners and managers can change the logo.</p>
      </div>
    );
  }
  return <LogoUploadForm slug={slug} hasLogo={Boolean(workspace.logoUrl)} preview={preview} />;
}
