import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { apiTokens } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { countLiveTokens, personalTokensOf, workspaceTokens } from "./count-live-tokens";

/**
 * A holder's live tokens in one scope (a workspace, or their personal access tokens) have distinct names,
 * case-insensitive, so a double submit makes no second token. The caller holds the scope's lock (the workspace row, or
 * lockPersonalTokens); `except` is the token being renamed.
 */
export async function assertTokenNameFree(
  tx: Tx,
  scope: { workspaceId: string | null; holderId: string },
  name: string,
  except?: string,
): Promise<void> {
  const where =
    scope.workspaceId === null ? personalTokensOf(scope.holderId) : and(workspaceTokens(scope.workspaceId), eq(apiTokens.userId, scope.holderId));
  if ((await countLiveTokens(tx, and(where, sql`lower(${apiTokens.name}) = lower(${name})`, except ? ne(apiTokens.id, except) : undefined))) > 0) {
    const message = "A token with this name already exists. Choose another name, or revoke that token first.";
    throw new AppError("CONFLICT", message, { name: [message] });
  }
}
