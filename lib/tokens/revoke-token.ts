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
import { tokenIdSchema } from "./schemas";

/** Any member revokes their own workspace tokens; owners and managers (tokens:manage-all) revoke any in the workspace. */
export async function revokeToken(caller: Caller, slug: string, input: unknown): Promise<{ id: string }> {
  const { tokenId } = parseInput(tokenIdSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace, role } = await authorize(tx, caller, slug, "workspace:read");
    const [token] = await tx
      .select({ id: apiTokens.id, name: apiTokens.name, userId: apiTokens.userId, holder: users.email, holderName: users.name })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.workspaceId, workspace.id), isNull(apiTokens.revokedAt)))
      .for("update", { of: apiTokens });
    if (!token) throw notFound("That token does not exist or was already revoked.");
    if (token.userId !== caller.userId && !can(role, "tokens:manage-all")) throw forbidden("You can only revoke your own tokens.");
    await tx.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, token.id));
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "token.revoked",
      target: { type: "token", id: token.id, label: token.name },
      metadata: { holder: token.holder ?? token.holderName ?? token.userId, holderId: token.userId },
    });
    return { id: token.id };
  });
}
