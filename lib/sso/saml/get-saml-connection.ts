import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { ssoConnections, workspaces } from "@/db/schema";
import { AppError } from "@/lib/errors";

export type SamlConnection = typeof ssoConnections.$inferSelect;

/**
 * The workspace's SAML connection, for the public SAML endpoints (metadata, start, ACS): they are reached by the IdP and
 * by people not yet signed in, so no caller is authorized; they read nothing a page would not show.
 */
export async function getSamlConnection(db: DbOrTx, slug: string): Promise<{ workspace: { id: string; slug: string }; connection: SamlConnection }> {
  const [row] = await db
    .select({ workspace: { id: workspaces.id, slug: workspaces.slug }, connection: ssoConnections })
    .from(ssoConnections)
    .innerJoin(workspaces, and(eq(workspaces.id, ssoConnections.workspaceId), isNull(workspaces.deletedAt)))
    .where(and(eq(workspaces.slug, slug), eq(ssoConnections.protocol, "saml")))
    .orderBy(asc(ssoConnections.createdAt))
    .limit(1);
  if (!row) throw new AppError("SSO_NO_CONNECTION", "This workspace has no SAML single sign-on connection.");
  return row;
}
