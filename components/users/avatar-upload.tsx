"use client";

import { toast } from "@/components/ui/toast";
import { PersonAvatar } from "@/components/ui/avatar";
import { ImageUpload } from "@/components/ui/image-upload";
import { useAction } from "@/components/ui/use-action";
import { removeAvatarAction, setAvatarAction } from "@/lib/actions/account-actions";
import type { PersonIdentity } from "@/lib/users/person-identity";

export function AvatarUpload({ person }: { person: PersonIdentity }) {
  const upload = useAction(setAvatarAction, { onSuccess: () => toast.success("Avatar updated.") });
  const remove = useAction(removeAvatarAction, { onSuccess: () => toast.success("Avatar removed.") });
  return (
    <ImageUpload
      id="avatar"
      preview={<PersonAvatar person={person} size="xl" label={person.avatarUrl ? "Your avatar" : `Your initials: no avatar`} />}
      hasImage={Boolean(person.avatarUrl)}
      uploadLabel={person.avatarUrl ? "Change avatar" : "Upload avatar"}
      removeLabel="Remove"
      pending={upload.pending || remove.pending}
      error={upload.fieldError("file", true) ?? remove.failure?.message}
      onUpload={(form) => (remove.reset(), upload.run(form))}
      onRemove={() => (upload.reset(), remove.run())}
    />
  );
}
