import "server-only";
import { and, count, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { scimTokens } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { assertNotPersonal } from "@/lib/auth/rules";
import { quotaExceeded } from "@/lib/quotas/quota-exceeded";
import { parseInput } from "@/lib/validation";
import { createScimTokenSchema, MAX_SCIM_TOKENS } from "./schemas";
import { generateScimToken } from "./scim-token-format";

export type CreatedScimToken = { id: string; name: string; displayPrefix: string; createdAt: Date; token: string };

/**
 * scim:manage (owners): a SCIM provisioning token for the workspace's identity provider, at most MAX_SCIM_TOKENS
 * live; never for a personal workspace. The secret is returned once; only its SHA-256 hash is stored.
 */
export async function createScimToken(caller: Caller, slug: string, input: unknown): Promise<CreatedScimToken> {
  const { name } = parseInput(createScimTokenSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "scim:manage", { lock: true });
    assertNotPersonal(workspace, "provisioned by SCIM");
    const [{ live }] = await tx
      .select({ live: count() })
      .from(scimTokens)
      .where(and(eq(scimTokens.workspaceId, workspace.id), isNull(scimTokens.revokedAt)));
    if (live >= MAX_SCIM_TOKENS) {
      throw quotaExceeded({ whoHas: "This workspace has", used: live, limit: MAX_SCIM_TOKENS, things: ["SCIM token", "SCIM tokens"] });
    }
    const secret = generateScimToken();
    const [row] = await tx
      .insert(scimTokens)
      .values({ workspaceId: workspace.id, name, tokenHash: secret.hash, displayPrefix: secret.displayPrefix, createdBy: caller.userId })
      .returning();
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "scim.token_created",
      target: { type: "scim_token", id: row.id, label: row.name },
      metadata: { prefix: row.displayPrefix },
    });
    return { id: row.id, name: row.name, displayPrefix: row.displayPrefix, createdAt: row.createdAt, token: secret.token };
  });
}
