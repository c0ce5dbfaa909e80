import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { apiTokens } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { assertPerson } from "@/lib/auth/rules";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { personalWorkspaceId } from "./personal-workspace-id";
import { tokenIdSchema } from "./schemas";

/** A person revokes one of their own personal access tokens (not through a workspace token). */
export async function revokePersonalToken(caller: Caller, input: unknown): Promise<{ id: string }> {
  const { tokenId } = parseInput(tokenIdSchema, input);
  assertPerson(caller, "account", "A workspace token cannot revoke personal access tokens.");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [token] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, tokenId), isNull(apiTokens.workspaceId), eq(apiTokens.userId, caller.userId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id, name: apiTokens.name });
    if (!token) throw notFound("That token does not exist or was already revoked.");
    const workspaceId = await personalWorkspaceId(tx, caller.userId);
    if (workspaceId) {
      await recordActivity(tx, {
        workspaceId,
        actor: callerActor(caller),
        action: "personal_token.revoked",
        target: { type: "token", id: token.id, label: token.name },
      });
    }
    return { id: token.id };
  });
}
