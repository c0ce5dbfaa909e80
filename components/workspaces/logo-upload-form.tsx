"use client";

import type { ReactNode } from "react";
import { toast } from "@/components/ui/toast";
import { ImageUpload } from "@/components/ui/image-upload";
import { useAction } from "@/components/ui/use-action";
import { removeLogoAction, setLogoAction } from "@/lib/actions/workspace-actions";

/** Uploading or removing the logo (./logo-upload.tsx renders the `preview`, so the avatar's code stays on the server). */
export function LogoUploadForm({ slug, hasLogo, preview }: { slug: string; hasLogo: boolean; preview: ReactNode }) {
  const upload = useAction(setLogoAction, { onSuccess: () => toast.success("Logo updated.") });
  const remove = useAction(removeLogoAction, { onSuccess: () => toast.success("Logo removed.") });
  return (
    <ImageUpload
      id="logo"
      preview={preview}
      hasImage={hasLogo}
      uploadLabel={hasLogo ? "Change logo" : "Upload logo"}
      removeLabel="Remove"
      pending={upload.pending || remove.pending}
      error={upload.fieldError("file", true) ?? remove.failure?.message}
      onUpload={(form) => (remove.reset(), upload.run(slug, form))}
      onRemove={() => (upload.reset(), remove.run(slug))}
    />
  );
}
