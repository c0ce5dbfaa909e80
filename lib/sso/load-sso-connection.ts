import "server-only";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { ssoConnections, workspaceDomains, workspaces } from "@/db/schema";

export type SsoConnectionRow = typeof ssoConnections.$inferSelect;
export type SsoConnectionWithWorkspace = SsoConnectionRow & { workspace: { id: string; slug: string; displayName: string; personal: boolean } };

/** The workspace's SSO connection (a workspace has at most one), by the workspace's slug or id; null when it has none. */
export async function loadSsoConnection(db: DbOrTx, by: { slug: string } | { workspaceId: string } | { connectionId: string }): Promise<SsoConnectionWithWorkspace | null> {
  const where =
    "slug" in by ? eq(workspaces.slug, by.slug) : "workspaceId" in by ? eq(workspaces.id, by.workspaceId) : eq(ssoConnections.id, by.connectionId);
  const [row] = await db
    .select({ connection: ssoConnections, workspace: { id: workspaces.id, slug: workspaces.slug, displayName: workspaces.displayName, personal: workspaces.personal } })
    .from(ssoConnections)
    // A workspace scheduled for deletion signs nobody in.
    .innerJoin(workspaces, and(eq(workspaces.id, ssoConnections.workspaceId), isNull(workspaces.deletedAt)))
    .where(where)
    .limit(1);
  return row ? { ...row.connection, workspace: row.workspace } : null;
}

/** The workspace's domains proven through DNS and still verified: the only ones SSO signs people in for. */
export async function listSsoDomains(db: DbOrTx, workspaceId: string): Promise<string[]> {
  const rows = await db
    .select({ domain: workspaceDomains.domain })
    .from(workspaceDomains)
    .where(and(eq(workspaceDomains.workspaceId, workspaceId), eq(workspaceDomains.verificationMethod, "dns"), isNotNull(workspaceDomains.verifiedAt)))
    .orderBy(workspaceDomains.domain);
  return rows.map((r) => r.domain);
}
