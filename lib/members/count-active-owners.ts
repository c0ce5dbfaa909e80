import "server-only";
import { and, count, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships } from "@/db/schema";
import { membershipIsActive } from "@/lib/auth/membership-access";

/**
 * Active owners of a workspace (not suspended, not past an end date), read inside the caller's transaction (after the
 * workspace row lock). The last-owner rules count these: a suspended owner cannot run the workspace.
 */
export async function countActiveOwners(tx: Tx, workspaceId: string): Promise<number> {
  const [{ owners }] = await tx
    .select({ owners: count() })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, "owner"), membershipIsActive));
  return owners;
}
