import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { workspaces } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";

/** invitations:read (owner, manager): the workspace's verified domains (DNS or email) and auto-join switches, in one statement. */
export async function getAutoJoinSettings(caller: Caller, slug: string) {
  const db = await getDb();
  const { workspace } = await authorize(db, caller, slug, "invitations:read");
  const [settings] = await db
    .select({
      domains: sql<string[]>`coalesce((select json_agg(d.domain order by d.domain) from workspace_domains d where d.workspace_id = ${workspace.id} and d.verified_at is not null), '[]'::json)`
        .mapWith((value: string[] | string) => (typeof value === "string" ? (JSON.parse(value) as string[]) : value)),
      domainAutoJoin: workspaces.domainAutoJoin,
      githubOrganization: workspaces.githubOrganization,
      githubAutoJoin: workspaces.githubAutoJoin,
    })
    .from(workspaces)
    .where(eq(workspaces.id, workspace.id));
  return settings;
}
