import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, workspaces } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";

/**
 * invitations:read (owner, manager): the workspace's verified domains (DNS or email), auto-join switches (domain
 * auto-join's mode: join at once, or ask to join) and its GitHub
 * organization link (who proved it, and whether it is paused), in one statement.
 */
export async function getAutoJoinSettings(caller: Caller, slug: string) {
  const db = await getDb();
  const { workspace } = await authorize(db, caller, slug, "invitations:read");
  const [row] = await db
    .select({
      domains: sql<string[]>`coalesce((select json_agg(d.domain order by d.domain) from workspace_domains d where d.workspace_id = ${workspace.id} and d.verified_at is not null), '[]'::json)`
        .mapWith((value: string[] | string) => (typeof value === "string" ? (JSON.parse(value) as string[]) : value)),
      domainAutoJoin: workspaces.domainAutoJoin,
      domainAutoJoinMode: workspaces.domainAutoJoinMode,
      githubOrganization: workspaces.githubOrganization,
      githubAutoJoin: workspaces.githubAutoJoin,
      linkedBy: workspaces.githubOrganizationLinkedBy,
      linkerName: users.name,
      linkerEmail: users.email,
      pausedAt: workspaces.githubOrganizationPausedAt,
      checkedAt: workspaces.githubOrganizationCheckedAt,
    })
    .from(workspaces)
    .leftJoin(users, eq(users.id, workspaces.githubOrganizationLinkedBy))
    .where(eq(workspaces.id, workspace.id));
  const { linkedBy, linkerName, linkerEmail, pausedAt, checkedAt, ...settings } = row;
  return {
    ...settings,
    // A link made before proof (no linker) counts as paused until an admin of the organization links it again.
    githubLink: settings.githubOrganization
      ? { linkedBy: linkedBy ? (linkerName ?? linkerEmail ?? linkedBy) : null, checkedAt, paused: !linkedBy || pausedAt !== null }
      : null,
  };
}
