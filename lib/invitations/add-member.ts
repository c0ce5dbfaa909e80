import "server-only";
import { and, count, eq, gt, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { invitations, memberships, workspaces, type Role } from "@/db/schema";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";

/** Locks the workspace row (joins serialize per workspace) and returns it, or null when it is gone. */
export async function lockWorkspace(tx: Tx, workspaceId: string) {
  const [workspace] = await tx.select().from(workspaces).where(eq(workspaces.id, workspaceId)).for("update");
  return workspace ?? null;
}

export async function isMember(tx: Tx, workspaceId: string, userId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)))
    .limit(1);
  return Boolean(row);
}

/** Members + pending invitations stay within MAX_MEMBERS (call with the workspace row locked). */
export async function assertMemberQuota(tx: Tx, workspaceId: string, adding: number): Promise<void> {
  const limit = getEnv().MAX_MEMBERS;
  const [{ members }] = await tx.select({ members: count() }).from(memberships).where(eq(memberships.workspaceId, workspaceId));
  const [{ pending }] = await tx
    .select({ pending: count() })
    .from(invitations)
    .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.status, "pending"), gt(invitations.expiresAt, sql`now()`)));
  if (members + pending + adding > limit) {
    throw new AppError("QUOTA_EXCEEDED", `This workspace has reached its limit of ${limit} members and pending invitations.`);
  }
}

/** Inserts the membership (a no-op when it already exists) — the last step of every way of joining. */
export async function addMember(tx: Tx, workspaceId: string, userId: string, role: Role): Promise<void> {
  await tx.insert(memberships).values({ workspaceId, userId, role }).onConflictDoNothing();
}
