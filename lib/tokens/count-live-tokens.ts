import "server-only";
import { and, count, eq, gt, isNull, or, type SQL } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { apiTokens } from "@/db/schema";

/** Live (neither revoked nor expired) tokens matching `scope`, read inside the caller's transaction. */
export async function countLiveTokens(tx: Tx, scope: SQL | undefined): Promise<number> {
  const now = new Date();
  const [{ n }] = await tx
    .select({ n: count() })
    .from(apiTokens)
    .where(and(scope, isNull(apiTokens.revokedAt), or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now))));
  return n;
}

export const workspaceTokens = (workspaceId: string) => eq(apiTokens.workspaceId, workspaceId);
export const personalTokensOf = (userId: string) => and(isNull(apiTokens.workspaceId), eq(apiTokens.userId, userId));
