import "server-only";
import { getDb } from "@/db/client";
import { inviteLinks } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { assertAccessUntilFitsRole, assertCanAssignRole } from "@/lib/auth/rules";
import { createSecretToken, hashSecret } from "@/lib/crypto/secret-token";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { INVITE_LINK_EXPIRY, INVITE_LINK_TOKEN_PREFIX, inviteUrl } from "./config";
import { createInviteLinkSchema } from "./schemas";

/**
 * invitations:manage (owner, manager): a shareable link granting at most manager (and at most what the caller may
 * assign), with an expiry, optional max uses, an optional email-domain allow-list and an optional end date for the
 * memberships it makes (`accessUntil`). The URL is returned once.
 */
export async function createInviteLink(caller: Caller, slug: string, input: unknown) {
  const data = parseInput(createInviteLinkSchema, input);
  const db = await getDb();
  const token = createSecretToken(INVITE_LINK_TOKEN_PREFIX);
  const link = await db.transaction(async (tx) => {
    const { workspace, role: actorRole } = await authorize(tx, caller, slug, "invitations:manage", { lock: true });
    if (workspace.personal) throw new AppError("FORBIDDEN", "A personal workspace cannot be shared.");
    assertCanAssignRole(actorRole, data.role);
    assertAccessUntilFitsRole(data.role, data.accessUntil);
    const days = INVITE_LINK_EXPIRY[data.expiresIn];
    const [row] = await tx
      .insert(inviteLinks)
      .values({
        workspaceId: workspace.id,
        role: data.role,
        tokenHash: hashSecret(token),
        tokenPrefix: token.slice(0, 10),
        expiresAt: days === null ? null : new Date(Date.now() + days * 86400_000),
        maxUses: data.maxUses,
        allowedDomains: data.allowedDomains,
        accessUntil: data.accessUntil ?? null,
        createdBy: caller.userId,
      })
      .returning();
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "invite_link.created",
      target: { type: "invite_link", id: row.id, label: row.tokenPrefix },
      metadata: {
        role: row.role,
        expiresIn: data.expiresIn,
        maxUses: row.maxUses,
        allowedDomains: row.allowedDomains,
        ...(row.accessUntil ? { accessUntil: row.accessUntil.toISOString() } : {}),
      },
    });
    return row;
  });
  return {
    id: link.id,
    role: link.role,
    expiresAt: link.expiresAt,
    maxUses: link.maxUses,
    allowedDomains: link.allowedDomains,
    accessUntil: link.accessUntil,
    url: inviteUrl(token),
    token,
  };
}
