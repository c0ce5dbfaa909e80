import "server-only";
import { and, count, eq, gt, isNull, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { apiTokens, invitations, memberships, workspaces } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";
import { getEnv } from "@/lib/env";
import { workspaceIdentity, type WorkspaceIdentity } from "./workspace-identity";

export type WorkspaceUsage = {
  members: number;
  owners: number;
  pendingInvitations: number;
  memberLimit: number;
  tokens: number;
  tokenLimit: number;
  logo: WorkspaceIdentity;
};

/**
 * workspace:read (every role): quota usage of the workspace, in one statement: members (and owners, for
 * leaveWorkspaceRule) + pending invitations, and live tokens; with the logo (workspaceIdentity), which the same
 * settings page shows (the page's context does not read it).
 */
export async function getWorkspaceUsage(caller: Caller, slug: string): Promise<WorkspaceUsage> {
  const db = await getDb();
  const { workspace } = await authorize(db, caller, slug, "workspace:read");
  const env = getEnv();
  const now = new Date();
  const [row] = await db
    .select({
      members: sql<number>`(${db.select({ n: workspaces.memberCount }).from(workspaces).where(eq(workspaces.id, workspace.id))})`.mapWith(Number),
      owners: sql<number>`(${db
        .select({ n: count() })
        .from(memberships)
        .where(and(eq(memberships.workspaceId, workspace.id), eq(memberships.role, "owner")))})`.mapWith(Number),
      logoVersion: sql<string | null>`(${db.select({ v: workspaces.logoVersion }).from(workspaces).where(eq(workspaces.id, workspace.id))})`,
      pendingInvitations: sql<number>`(${db
        .select({ n: count() })
        .from(invitations)
        .where(and(eq(invitations.workspaceId, workspace.id), eq(invitations.status, "pending"), gt(invitations.expiresAt, now)))})`.mapWith(Number),
      tokens: sql<number>`(${db
        .select({ n: count() })
        .from(apiTokens)
        .where(
          and(eq(apiTokens.workspaceId, workspace.id), isNull(apiTokens.revokedAt), or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now))),
        )})`.mapWith(Number),
    })
    .from(sql`(select 1) as one`);
  const { logoVersion, ...counts } = row;
  return { ...counts, memberLimit: env.MAX_MEMBERS, tokenLimit: env.MAX_TOKENS, logo: workspaceIdentity({ ...workspace, logoVersion }) };
}
