import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { inviteLinks, users, type Role } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";
import { readReplica } from "@/lib/read-replica/read-replica";

export type InviteLinkSummary = {
  id: string;
  tokenPrefix: string;
  role: Role;
  expiresAt: Date | null;
  maxUses: number | null;
  useCount: number;
  allowedDomains: string[];
  /** The end date of memberships made through the link, if any. */
  accessUntil: Date | null;
  creator: string | null;
  createdAt: Date;
  active: boolean;
};

/** The columns an invite link is listed with (never the secret), for listInviteLinks and listInviteLinksWithHistory. */
export const inviteLinkColumns = {
  id: inviteLinks.id,
  tokenPrefix: inviteLinks.tokenPrefix,
  role: inviteLinks.role,
  expiresAt: inviteLinks.expiresAt,
  maxUses: inviteLinks.maxUses,
  useCount: inviteLinks.useCount,
  allowedDomains: inviteLinks.allowedDomains,
  accessUntil: inviteLinks.accessUntil,
  creatorName: users.name,
  creatorEmail: users.email,
  createdAt: inviteLinks.createdAt,
};

type Row = Omit<InviteLinkSummary, "creator" | "active"> & { creatorName: string | null; creatorEmail: string | null };

/** A link still works while it is unexpired and has uses left (revoked links are another matter: see their callers). */
export function toInviteLinkSummary({ creatorName, creatorEmail, ...r }: Row, now = Date.now()): InviteLinkSummary {
  return {
    ...r,
    creator: creatorName ?? creatorEmail,
    active: (!r.expiresAt || r.expiresAt.getTime() > now) && (r.maxUses === null || r.useCount < r.maxUses),
  };
}

/** invitations:read (owner, manager): the workspace's unrevoked invite links with their use counts (never the secret; on a read replica when there is one). */
export async function listInviteLinks(caller: Caller, slug: string): Promise<InviteLinkSummary[]> {
  const db = await getDb();
  const { workspace } = await authorize(db, caller, slug, "invitations:read");
  const rows = await readReplica((replica) => replica
    .select(inviteLinkColumns)
    .from(inviteLinks)
    .leftJoin(users, eq(users.id, inviteLinks.createdBy))
    .where(and(eq(inviteLinks.workspaceId, workspace.id), isNull(inviteLinks.revokedAt)))
    .orderBy(desc(inviteLinks.createdAt))
    .limit(200));
  const now = Date.now();
  return rows.map((row) => toInviteLinkSummary(row, now));
}
