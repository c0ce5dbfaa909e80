import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships, workspaces, type Role } from "@/db/schema";

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

/** Inserts the membership (a no-op when it already exists) — the last step of every way of joining. */
export async function addMember(tx: Tx, workspaceId: string, userId: string, role: Role): Promise<void> {
  await tx.insert(memberships).values({ workspaceId, userId, role }).onConflictDoNothing();
}
