import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { invitations, inviteLinks, users, workspaces, type Role } from "@/db/schema";
import { hashSecret, isSecretTokenShape } from "@/lib/crypto/secret-token";
import { INVITATION_TOKEN_PREFIX, INVITE_LINK_TOKEN_PREFIX } from "./config";

type InviteWorkspace = { id: string; slug: string; displayName: string };

export type ResolvedInvite =
  | { kind: "email"; id: string; workspace: InviteWorkspace; inviter: string | null; role: Role; expiresAt: Date; email: string }
  | {
      kind: "link";
      id: string;
      workspace: InviteWorkspace;
      inviter: string | null;
      role: Role;
      expiresAt: Date | null;
      allowedDomains: string[];
    };

/**
 * Public (the token is the credential): what a live invitation or invite link offers, or null when the token is
 * malformed, unknown, expired, revoked, used up, answered, or its workspace is gone (the caller shows one generic page).
 */
export async function resolveInvite(db: DbOrTx, token: unknown): Promise<ResolvedInvite | null> {
  const now = Date.now();
  if (isSecretTokenShape(token, INVITATION_TOKEN_PREFIX)) {
    const [row] = await db
      .select({ invitation: invitations, workspace: { id: workspaces.id, slug: workspaces.slug, displayName: workspaces.displayName }, inviterName: users.name, inviterEmail: users.email })
      .from(invitations)
      .innerJoin(workspaces, and(eq(workspaces.id, invitations.workspaceId), isNull(workspaces.deletedAt)))
      .leftJoin(users, eq(users.id, invitations.invitedBy))
      .where(eq(invitations.tokenHash, hashSecret(token)))
      .limit(1);
    if (!row || row.invitation.status !== "pending" || row.invitation.expiresAt.getTime() <= now) return null;
    return {
      kind: "email",
      id: row.invitation.id,
      workspace: row.workspace,
      inviter: row.inviterName ?? row.inviterEmail,
      role: row.invitation.role,
      expiresAt: row.invitation.expiresAt,
      email: row.invitation.email,
    };
  }
  if (isSecretTokenShape(token, INVITE_LINK_TOKEN_PREFIX)) {
    const [row] = await db
      .select({ link: inviteLinks, workspace: { id: workspaces.id, slug: workspaces.slug, displayName: workspaces.displayName }, inviterName: users.name, inviterEmail: users.email })
      .from(inviteLinks)
      .innerJoin(workspaces, and(eq(workspaces.id, inviteLinks.workspaceId), isNull(workspaces.deletedAt)))
      .leftJoin(users, eq(users.id, inviteLinks.createdBy))
      .where(eq(inviteLinks.tokenHash, hashSecret(token)))
      .limit(1);
    const link = row?.link;
    if (!link || link.revokedAt || (link.expiresAt && link.expiresAt.getTime() <= now)) return null;
    if (link.maxUses !== null && link.useCount >= link.maxUses) return null;
    return {
      kind: "link",
      id: link.id,
      workspace: row.workspace,
      inviter: row.inviterName ?? row.inviterEmail,
      role: link.role,
      expiresAt: link.expiresAt,
      allowedDomains: link.allowedDomains,
    };
  }
  return null;
}

export const INVALID_INVITE_MESSAGE = "This invitation link is not valid. It may have expired, been revoked or already been used.";
