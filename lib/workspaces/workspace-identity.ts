import { identityColor } from "@/lib/identity-color";

/** How a workspace appears next to its name: its logo's URL (else its initials on `color`). */
export type WorkspaceIdentity = { logoUrl: string | null; color: string };

/** The logo's URL: versioned, so it is cached for good and a new upload is a new URL (slugs never change). */
export function logoUrl(slug: string, version: string | null | undefined): string | null {
  return version ? `/api/logos/${slug}?v=${version}` : null;
}

export function workspaceIdentity(workspace: { id: string; slug: string; logoVersion?: string | null }): WorkspaceIdentity {
  return { logoUrl: logoUrl(workspace.slug, workspace.logoVersion), color: identityColor(workspace.id) };
}
