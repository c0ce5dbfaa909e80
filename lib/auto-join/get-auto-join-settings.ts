import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { workspaceDomains } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";

/** invitations:read (owner, manager): the workspace's auto-join domains and switches. */
export async function getAutoJoinSettings(caller: Caller, slug: string) {
  const db = await getDb();
  const { workspace } = await authorize(db, caller, slug, "invitations:read");
  const domains = await db
    .select({ domain: workspaceDomains.domain })
    .from(workspaceDomains)
    .where(eq(workspaceDomains.workspaceId, workspace.id))
    .orderBy(asc(workspaceDomains.domain));
  return {
    domains: domains.map((d) => d.domain),
    domainAutoJoin: workspace.domainAutoJoin,
    githubOrganization: workspace.githubOrganization,
    githubAutoJoin: workspace.githubAutoJoin,
  };
}
