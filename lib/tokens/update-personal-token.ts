import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { apiTokens, users } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { assertPerson } from "@/lib/auth/rules";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { applyTokenUpdate } from "./apply-token-update";
import { lockPersonalTokens } from "./lock-personal-tokens";
import { personalWorkspaceId } from "./personal-workspace-id";
import { updatePersonalTokenSchema } from "./schemas";
import { tokenRowColumns } from "./token-row";

/**
 * A person renames one of their own personal access tokens or brings its expiry forward (never later:
 * assertTokenExpiryNotExtended); signed in or through a personal access token, never a workspace token. Recorded as
 * personal_token.updated in their personal workspace's activity log when something changed.
 */
export async function updatePersonalToken(caller: Caller, input: unknown) {
  const { tokenId, ...changes } = parseInput(updatePersonalTokenSchema, input);
  assertPerson(caller, "account", "A workspace token cannot update personal access tokens.");
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockPersonalTokens(tx, caller.userId);
    const [current] = await tx
      .select({ ...tokenRowColumns, workspaceId: apiTokens.workspaceId })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(and(eq(apiTokens.id, tokenId), isNull(apiTokens.workspaceId), eq(apiTokens.userId, caller.userId), isNull(apiTokens.revokedAt)))
      .for("update", { of: apiTokens });
    if (!current) throw notFound("That token does not exist or was revoked.");
    const { token, diff } = await applyTokenUpdate(tx, current, changes);
    const workspaceId = Object.keys(diff).length ? await personalWorkspaceId(tx, caller.userId) : null;
    if (workspaceId) {
      await recordActivity(tx, {
        workspaceId,
        actor: callerActor(caller),
        action: "personal_token.updated",
        target: { type: "token", id: token.id, label: token.name },
        metadata: {
          ...(diff.name && { previousName: diff.name.from }),
          ...(diff.expiresAt && { expiresAt: diff.expiresAt.to, previousExpiresAt: diff.expiresAt.from }),
        },
      });
    }
    return { ...token, changed: Object.keys(diff).length > 0 };
  });
}
