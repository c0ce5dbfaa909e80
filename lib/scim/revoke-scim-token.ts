import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { scimTokens } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { scimTokenIdSchema } from "./schemas";

/** scim:manage (owners): revokes a SCIM token; the identity provider's next request with it answers 401. */
export async function revokeScimToken(caller: Caller, slug: string, input: unknown): Promise<{ id: string }> {
  const { tokenId } = parseInput(scimTokenIdSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "scim:manage", { lock: true });
    const [token] = await tx
      .update(scimTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(scimTokens.id, tokenId), eq(scimTokens.workspaceId, workspace.id), isNull(scimTokens.revokedAt)))
      .returning({ id: scimTokens.id, name: scimTokens.name });
    if (!token) throw notFound("That SCIM token does not exist or was already revoked.");
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "scim.token_revoked",
      target: { type: "scim_token", id: token.id, label: token.name },
    });
    return { id: token.id };
  });
}
