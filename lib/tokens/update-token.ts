import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { apiTokens, users } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { can } from "@/lib/auth/permissions";
import { forbidden, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { applyTokenUpdate } from "./apply-token-update";
import { updateTokenSchema } from "./schemas";
import { tokenRowColumns } from "./token-row";

/**
 * Narrows a workspace token (Horusec's "update"): a new name, a lower role, an earlier expiry. Like revoking, a member
 * updates their own tokens and owners and managers (tokens:manage-all) any token of the workspace. The role never
 * rises above the token's current role or the updater's own (assertTokenRoleNotRaised), the expiry never moves later
 * (assertTokenExpiryNotExtended). One token.updated event when something changed.
 */
export async function updateToken(caller: Caller, slug: string, input: unknown) {
  const { tokenId, ...changes } = parseInput(updateTokenSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    // The workspace row lock serializes the name check with token creation (insertToken).
    const { workspace, role } = await authorize(tx, caller, slug, "workspace:read", { lock: true });
    const [current] = await tx
      .select({ ...tokenRowColumns, workspaceId: apiTokens.workspaceId })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.workspaceId, workspace.id), isNull(apiTokens.revokedAt)))
      .for("update", { of: apiTokens });
    if (!current) throw notFound("That token does not exist or was revoked.");
    if (current.holderId !== caller.userId && !can(role, "tokens:manage-all")) throw forbidden("You can only update your own tokens.");
    const { token, diff } = await applyTokenUpdate(tx, current, changes, role);
    if (Object.keys(diff).length) {
      await recordActivity(tx, {
        workspaceId: workspace.id,
        actor: callerActor(caller),
        action: "token.updated",
        target: { type: "token", id: token.id, label: token.name },
        // `from` / `to` are the roles (the activity page shows "Member → Viewer"); the other changes by name.
        metadata: {
          holder: token.holderLabel,
          holderId: token.holderId,
          ...(diff.role && { from: diff.role.from, to: diff.role.to }),
          ...(diff.name && { previousName: diff.name.from }),
          ...(diff.expiresAt && { expiresAt: diff.expiresAt.to, previousExpiresAt: diff.expiresAt.from }),
        },
      });
    }
    return { ...token, changed: Object.keys(diff).length > 0 };
  });
}
