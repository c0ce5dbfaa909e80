import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { invitations, users, type Role } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import { readReplica } from "@/lib/read-replica/read-replica";
import type { Caller } from "@/lib/auth/caller";

export type PendingInvitation = {
  id: string;
  email: string;
  role: Role;
  inviter: string | null;
  expiresAt: Date;
  /** The end date the membership gets when accepted, if any. */
  accessUntil: Date | null;
  createdAt: Date;
  expired: boolean;
};

/** invitations:read (owner, manager): pending invitations of the workspace, newest first (on a read replica when there is one); expired ones are flagged. */
export async function listInvitations(caller: Caller, slug: string): Promise<PendingInvitation[]> {
  const db = await getDb();
  const { workspace } = await authorize(db, caller, slug, "invitations:read");
  const rows = await readReplica((replica) => replica
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      inviterEmail: users.email,
      inviterName: users.name,
      expiresAt: invitations.expiresAt,
      accessUntil: invitations.accessUntil,
      createdAt: invitations.createdAt,
    })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(and(eq(invitations.workspaceId, workspace.id), eq(invitations.status, "pending")))
    .orderBy(desc(invitations.createdAt))
    .limit(500));
  const now = Date.now();
  return rows.map(({ inviterEmail, inviterName, ...r }) => ({
    ...r,
    inviter: inviterName ?? inviterEmail,
    expired: r.expiresAt.getTime() <= now,
  }));
}
