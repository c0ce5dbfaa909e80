import "server-only";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { inviteLinks, workspaceDomains, workspaces } from "@/db/schema";
import { hashSecret, isSecretTokenShape } from "@/lib/crypto/secret-token";
import { INVITE_LINK_TOKEN_PREFIX } from "@/lib/invitations/config";
import { emailDomain } from "@/lib/users/email-domain";
import { getVerifiedEmail } from "@/lib/users/get-verified-email";

export type JoinDoor = { workspace: { id: string; slug: string; displayName: string }; via: "invite-link" | "domain" };

const workspaceColumns = { id: workspaces.id, slug: workspaces.slug, displayName: workspaces.displayName };

/**
 * The way a person may ask to get into a workspace they cannot enter, or null: an invite link of it that no longer
 * works (revoked, expired, used up; the token is the credential, so its holder may learn the workspace's name), or
 * their verified address on one of its verified domains while domain auto-join is on in "request" mode. Never a
 * personal or deleted workspace.
 */
export async function findJoinDoor(db: DbOrTx, userId: string, target: { slug: string } | { inviteToken: string }): Promise<JoinDoor | null> {
  const live = and(eq(workspaces.personal, false), isNull(workspaces.deletedAt));
  if ("inviteToken" in target) {
    if (!isSecretTokenShape(target.inviteToken, INVITE_LINK_TOKEN_PREFIX)) return null;
    const [row] = await db
      .select({ workspace: workspaceColumns, link: inviteLinks })
      .from(inviteLinks)
      .innerJoin(workspaces, and(eq(workspaces.id, inviteLinks.workspaceId), live))
      .where(eq(inviteLinks.tokenHash, hashSecret(target.inviteToken)))
      .limit(1);
    if (!row) return null;
    const { link } = row;
    const dead = Boolean(link.revokedAt) || (link.expiresAt !== null && link.expiresAt.getTime() <= Date.now()) || (link.maxUses !== null && link.useCount >= link.maxUses);
    return dead ? { workspace: row.workspace, via: "invite-link" } : null;
  }
  const email = await getVerifiedEmail(db, userId);
  if (!email) return null;
  const [row] = await db
    .select(workspaceColumns)
    .from(workspaces)
    .innerJoin(workspaceDomains, and(eq(workspaceDomains.workspaceId, workspaces.id), eq(workspaceDomains.domain, emailDomain(email)), isNotNull(workspaceDomains.verifiedAt)))
    .where(and(eq(workspaces.slug, target.slug), live, eq(workspaces.domainAutoJoin, true), eq(workspaces.domainAutoJoinMode, "request")))
    .limit(1);
  return row ? { workspace: row, via: "domain" } : null;
}
