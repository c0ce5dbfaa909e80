import "server-only";
import { and, count, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships } from "@/db/schema";

/** Owners of a workspace, read inside the caller's transaction (after the workspace row lock). */
export async function countOwners(tx: Tx, workspaceId: string): Promise<number> {
  const [{ owners }] = await tx
    .select({ owners: count() })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, "owner")));
  return owners;
}
