import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, type Role } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { can, lowerRole } from "@/lib/auth/permissions";
import { assertTokenRole, mintedTokenExpiry } from "@/lib/auth/rules";
import { forbidden } from "@/lib/errors";
import { getTargetMember } from "@/lib/members/get-target-member";
import { parseInput } from "@/lib/validation";
import { insertToken, type CreatedToken } from "./insert-token";
import { createTokenSchema } from "./schemas";
import { expiryDate } from "./token-row";
import { sendTokenCreatedEmail } from "./send-token-created-email";

/**
 * tokens:create (owner, manager, member): a workspace token for yourself, or (service-accounts:manage) for a service
 * account of the workspace; its role ceiling is no higher than your own role; at most MAX_TOKENS live per workspace.
 * Through a token (in its own workspace), the new token expires no later than the calling one (mintedTokenExpiry).
 * The secret is returned once; only its SHA-256 hash is stored. The holder gets an email.
 */
export async function createToken(caller: Caller, slug: string, input: unknown): Promise<CreatedToken> {
  const data = parseInput(createTokenSchema, input);
  const db = await getDb();
  const { created, mail } = await db.transaction(async (tx) => {
    const { workspace, role: actorRole } = await authorize(tx, caller, slug, "tokens:create", { lock: true });
    let holder: { userId: string; role: Role; serviceAccount: boolean };
    if (data.holderId && data.holderId !== caller.userId) {
      if (!can(actorRole, "service-accounts:manage")) throw forbidden("Only owners and managers create tokens for service accounts.");
      const target = await getTargetMember(tx, workspace.id, data.holderId);
      if (!target.serviceAccount) throw forbidden("You can create tokens only for yourself or for a service account.");
      holder = { userId: target.userId, role: target.role, serviceAccount: true };
    } else {
      holder = { userId: caller.userId, role: actorRole, serviceAccount: false };
    }
    const role = data.role ?? lowerRole(actorRole, holder.role);
    assertTokenRole(actorRole, role);
    const [holderRow] = await tx
      .select({ email: users.email, name: users.name })
      .from(users)
      .where(eq(users.id, holder.userId));
    const holderLabel = holderRow.email ?? holderRow.name ?? holder.userId;
    const created = await insertToken(tx, {
      workspaceId: workspace.id,
      holder: { userId: holder.userId, label: holderLabel, serviceAccount: holder.serviceAccount },
      name: data.name,
      role,
      createdBy: caller.userId,
      expiresAt: mintedTokenExpiry(caller, expiryDate(data.expiresInDays)),
    });
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "token.created",
      target: { type: "token", id: created.id, label: created.name },
      metadata: { role, holder: holderLabel, holderId: holder.userId, prefix: created.displayPrefix, expiresAt: created.expiresAt?.toISOString() ?? null },
    });
    return { created, mail: { to: holderRow.email, workspaceName: workspace.displayName } };
  });
  await sendTokenCreatedEmail({
    to: mail.to,
    tokenName: created.name,
    displayPrefix: created.displayPrefix,
    workspaceName: mail.workspaceName,
    createdBy: caller.label,
    expiresAt: created.expiresAt,
  });
  return created;
}
