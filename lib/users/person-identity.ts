import { identityColor } from "@/lib/identity-color";

/** How a person appears in the UI: their display name (else their email), their avatar's URL (else initials on `color`). */
export type PersonIdentity = { displayName: string; avatarUrl: string | null; color: string };

/** The avatar's URL: versioned, so it is cached for good and a new upload is a new URL. */
export function avatarUrl(userId: string, version: string | null | undefined): string | null {
  return version ? `/api/avatars/${encodeURIComponent(userId)}?v=${version}` : null;
}

export function displayNameOf(user: { name: string | null; email: string | null }): string {
  return user.name?.trim() || user.email || "Unknown person";
}

export function personIdentity(user: { id: string; name: string | null; email: string | null; avatarVersion?: string | null }): PersonIdentity {
  return { displayName: displayNameOf(user), avatarUrl: avatarUrl(user.id, user.avatarVersion), color: identityColor(user.id) };
}
