import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { apiTokens, users } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { assertPerson } from "@/lib/auth/rules";
import { getEnv } from "@/lib/env";
import { AppError, forbidden } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { countLiveTokens, personalTokensOf } from "./count-live-tokens";
import type { CreatedToken } from "./create-token";
import { personalWorkspaceId } from "./personal-workspace-id";
import { createPersonalTokenSchema } from "./schemas";
import { sendTokenCreatedEmail } from "./send-token-created-email";
import { generateToken } from "./token-format";
import { expiryDate } from "./token-row";

/**
 * Any signed-in person (never through a token): a personal access token that acts as them in every workspace, with
 * their current role there; at most MAX_TOKENS live per person. Recorded in their personal workspace's activity log.
 */
export async function createPersonalToken(caller: Caller, input: unknown): Promise<CreatedToken> {
  const data = parseInput(createPersonalTokenSchema, input);
  assertPerson(caller, "interactive", "An API token cannot create tokens.");
  const env = getEnv();
  const db = await getDb();
  const { created, email } = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`personal-tokens:${caller.userId}`}))`);
    const [user] = await tx
      .select({ email: users.email, name: users.name, serviceAccount: users.serviceAccount })
      .from(users)
      .where(eq(users.id, caller.userId));
    if (!user || user.serviceAccount) throw forbidden("Only a person can create personal access tokens.");
    const live = await countLiveTokens(tx, personalTokensOf(caller.userId));
    if (live >= env.MAX_TOKENS) {
      throw new AppError("QUOTA_EXCEEDED", `You already have ${live} live personal access tokens, the most allowed (${env.MAX_TOKENS}). Revoke one first.`);
    }
    const secret = generateToken();
    const [row] = await tx
      .insert(apiTokens)
      .values({
        workspaceId: null,
        userId: caller.userId,
        name: data.name,
        role: null,
        tokenHash: secret.hash,
        displayPrefix: secret.displayPrefix,
        createdBy: caller.userId,
        expiresAt: expiryDate(data.expiresInDays),
      })
      .returning();
    const workspaceId = await personalWorkspaceId(tx, caller.userId);
    if (workspaceId) {
      await recordActivity(tx, {
        workspaceId,
        actor: callerActor(caller),
        action: "personal_token.created",
        target: { type: "token", id: row.id, label: row.name },
        metadata: { prefix: row.displayPrefix, expiresAt: row.expiresAt?.toISOString() ?? null },
      });
    }
    const created: CreatedToken = {
      id: row.id,
      name: row.name,
      displayPrefix: row.displayPrefix,
      role: null,
      ownerId: caller.userId,
      ownerLabel: user.email ?? user.name ?? caller.userId,
      ownerServiceAccount: false,
      createdAt: row.createdAt,
      expiresAt: row.expiresAt,
      lastUsedAt: null,
      token: secret.token,
    };
    return { created, email: user.email };
  });
  await sendTokenCreatedEmail({
    to: email,
    tokenName: created.name,
    displayPrefix: created.displayPrefix,
    workspaceName: null,
    createdBy: caller.label,
    expiresAt: created.expiresAt,
  });
  return created;
}
