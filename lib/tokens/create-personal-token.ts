import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { assertPerson, mintedTokenExpiry } from "@/lib/auth/rules";
import { forbidden } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { insertToken, type CreatedToken } from "./insert-token";
import { personalWorkspaceId } from "./personal-workspace-id";
import { createPersonalTokenSchema } from "./schemas";
import { expiryDate } from "./token-row";
import { sendTokenCreatedEmail } from "./send-token-created-email";

/**
 * A person, signed in or through a personal access token (never a workspace token): a personal access token that acts
 * as them in every workspace, with their current role there; at most MAX_TOKENS live per person. Through a token, it
 * expires no later than the calling one (mintedTokenExpiry). Recorded in their personal workspace's activity log.
 */
export async function createPersonalToken(caller: Caller, input: unknown): Promise<CreatedToken> {
  const data = parseInput(createPersonalTokenSchema, input);
  assertPerson(caller, "account", "A workspace token cannot create personal access tokens.");
  const db = await getDb();
  const { created, email } = await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ email: users.email, name: users.name, serviceAccount: users.serviceAccount })
      .from(users)
      .where(eq(users.id, caller.userId));
    if (!user || user.serviceAccount) throw forbidden("Only a person can create personal access tokens.");
    const created = await insertToken(tx, {
      workspaceId: null,
      holder: { userId: caller.userId, label: user.email ?? user.name ?? caller.userId, serviceAccount: false },
      name: data.name,
      role: null,
      createdBy: caller.userId,
      expiresAt: mintedTokenExpiry(caller, expiryDate(data.expiresInDays)),
    });
    const workspaceId = await personalWorkspaceId(tx, caller.userId);
    if (workspaceId) {
      await recordActivity(tx, {
        workspaceId,
        actor: callerActor(caller),
        action: "personal_token.created",
        target: { type: "token", id: created.id, label: created.name },
        metadata: { prefix: created.displayPrefix, expiresAt: created.expiresAt?.toISOString() ?? null },
      });
    }
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
