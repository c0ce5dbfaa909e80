import "server-only";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { invitations, users, workspaces, type Role } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { assertPerson } from "@/lib/auth/rules";

export type MyInvitation = { id: string; workspaceName: string; workspaceSlug: string; role: Role; inviter: string | null; expiresAt: Date };

/** The signed-in user's own pending invitations (to their verified address): the invitee's inbox. */
export async function listMyInvitations(caller: Caller): Promise<MyInvitation[]> {
  assertPerson(caller, "account", "A workspace token cannot list your invitations.");
  const { userId } = caller;
  const db = await getDb();
  const rows = await db
    .select({
      id: invitations.id,
      workspaceName: workspaces.displayName,
      workspaceSlug: workspaces.slug,
      role: invitations.role,
      inviter: sql<string | null>`(select coalesce(u.name, u.email) from users u where u.id = ${invitations.invitedBy})`,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .innerJoin(workspaces, and(eq(workspaces.id, invitations.workspaceId), isNull(workspaces.deletedAt)))
    .innerJoin(users, and(eq(users.id, userId), eq(users.email, invitations.email), sql`${users.emailVerified} is not null`))
    .where(and(eq(invitations.status, "pending"), gt(invitations.expiresAt, sql`now()`)))
    .orderBy(desc(invitations.createdAt))
    .limit(100);
  return rows;
}
