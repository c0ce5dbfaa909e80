import "server-only";
import { and, count, eq, gt, isNull, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { apiTokens, invitations, workspaces } from "@/db/schema";
import { getEnv } from "@/lib/env";

export type WorkspaceUsage = { members: number; pendingInvitations: number; memberLimit: number; tokens: number; tokenLimit: number };

/** Quota usage of a workspace (callers authorize first): members + pending invitations, and live tokens. */
export async function getWorkspaceUsage(db: DbOrTx, workspaceId: string): Promise<WorkspaceUsage> {
  const env = getEnv();
  const now = new Date();
  const [row] = await db
    .select({
      members: sql<number>`(${db.select({ n: workspaces.memberCount }).from(workspaces).where(eq(workspaces.id, workspaceId))})`.mapWith(Number),
      pendingInvitations: sql<number>`(${db
        .select({ n: count() })
        .from(invitations)
        .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.status, "pending"), gt(invitations.expiresAt, now)))})`.mapWith(Number),
      tokens: sql<number>`(${db
        .select({ n: count() })
        .from(apiTokens)
        .where(
          and(eq(apiTokens.workspaceId, workspaceId), isNull(apiTokens.revokedAt), or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now))),
        )})`.mapWith(Number),
    })
    .from(sql`(select 1) as one`);
  return { ...row, memberLimit: env.MAX_MEMBERS, tokenLimit: env.MAX_TOKENS };
}
