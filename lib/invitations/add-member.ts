import "server-only";
import { and, eq, isNull, not } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/db/client";
import { memberRemovals, memberships, workspaces, type Role } from "@/db/schema";
import { membershipIsActive } from "@/lib/auth/membership-access";
import { AppError } from "@/lib/errors";

/** Locks the workspace row (joins serialize per workspace) and returns it, or null when it is gone or scheduled for deletion. */
export async function lockWorkspace(tx: Tx, workspaceId: string) {
  // A workspace scheduled for deletion takes nobody in (every way of joining goes through this lock).
  const [workspace] = await tx.select().from(workspaces).where(and(eq(workspaces.id, workspaceId), isNull(workspaces.deletedAt))).for("update");
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

export const SUSPENDED_INVITE_MESSAGE =
  "Your membership of this workspace is suspended (or its access ended), and an invitation cannot reactivate it. Ask an owner or manager of the workspace to reactivate you.";

/**
 * A suspended member (or one past their end date) keeps their membership: an invitation or invite link never
 * reactivates it, so accepting one is refused, clearly, instead of answering "already a member".
 */
export async function assertNotSuspended(tx: Tx, workspaceId: string, userId: string): Promise<void> {
  const [row] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId), not(membershipIsActive)))
    .limit(1);
  if (row) throw new AppError("FORBIDDEN", SUSPENDED_INVITE_MESSAGE);
}

/**
 * Inserts the membership (a no-op when it already exists) — the last step of every way of joining; with the end date
 * an invitation or invite link gives (`accessUntil`).
 */
export async function addMember(tx: Tx, workspaceId: string, userId: string, role: Role, accessUntil: Date | null = null): Promise<void> {
  await tx.insert(memberships).values({ workspaceId, userId, role, accessUntil }).onConflictDoNothing();
}

/** An invitation or link whose end date has already passed gives no access: accepting it is refused. */
export function assertAccessUntilAhead(accessUntil: Date | null): void {
  if (accessUntil && accessUntil.getTime() <= Date.now()) {
    throw new AppError("NOT_FOUND", "The access this invitation gives ended already. Ask an owner or manager for a new invitation.");
  }
}

/** Whether this person was removed from the workspace (and not invited back by email since). */
export async function wasRemoved(tx: DbOrTx, workspaceId: string, userId: string): Promise<boolean> {
  const [row] = await tx
    .select({ userId: memberRemovals.userId })
    .from(memberRemovals)
    .where(and(eq(memberRemovals.workspaceId, workspaceId), eq(memberRemovals.userId, userId)))
    .limit(1);
  return Boolean(row);
}

export const REMOVED_MESSAGE = "You were removed from this workspace. Ask an owner or manager for a new email invitation to rejoin.";

/** Invite links and auto-join refuse a removed member: only a new email invitation brings them back. */
export async function assertNotRemoved(tx: Tx, workspaceId: string, userId: string): Promise<void> {
  if (await wasRemoved(tx, workspaceId, userId)) {
    throw new AppError("FORBIDDEN", REMOVED_MESSAGE);
  }
}

/** An accepted email invitation is the way back: the removal no longer applies. */
export async function clearRemoval(tx: Tx, workspaceId: string, userId: string): Promise<void> {
  await tx.delete(memberRemovals).where(and(eq(memberRemovals.workspaceId, workspaceId), eq(memberRemovals.userId, userId)));
}
