import "server-only";
import type { Tx } from "@/db/client";
import { getEnv } from "@/lib/env";
import { countLiveTokens, personalTokensOf, workspaceTokens } from "@/lib/tokens/count-live-tokens";
import { lockPersonalTokens } from "@/lib/tokens/lock-personal-tokens";
import { quotaExceeded } from "./quota-exceeded";

/** Whose tokens the quota counts: a workspace's, or (no workspace) a person's personal access tokens. */
export type TokenScope = { workspaceId: string } | { workspaceId: null; userId: string };

/**
 * Live (neither revoked nor expired) tokens + `adding` stay within MAX_TOKENS, per workspace and per person for personal
 * access tokens. A workspace's count is serialized by the workspace row lock its caller holds (authorize with
 * `lock: true`); a person's by a transaction-scoped advisory lock taken here.
 */
export async function assertTokenQuota(tx: Tx, scope: TokenScope, adding = 1): Promise<void> {
  const limit = getEnv().MAX_TOKENS;
  if (scope.workspaceId === null) await lockPersonalTokens(tx, scope.userId);
  const live = await countLiveTokens(tx, scope.workspaceId === null ? personalTokensOf(scope.userId) : workspaceTokens(scope.workspaceId));
  if (live + adding > limit) {
    throw quotaExceeded({
      whoHas: scope.workspaceId === null ? "You have" : "This workspace has",
      used: live,
      limit,
      things: scope.workspaceId === null ? ["live personal access token", "live personal access tokens"] : ["live API token", "live API tokens"],
      remedy: "Revoke one first.",
    });
  }
}
