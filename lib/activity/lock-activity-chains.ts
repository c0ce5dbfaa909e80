import "server-only";
import { asc, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { activityChains } from "@/db/schema";

/**
 * For a transaction that records events in several workspaces (account deletion, the sweeps): takes their chains'
 * head-row locks up front, in workspace id order, as recordActivity would take them one by one in whatever order the
 * events come. Two such transactions over the same workspaces then wait for each other instead of deadlocking.
 */
export async function lockActivityChains(tx: Tx, workspaceIds: string[]): Promise<void> {
  const ids = [...new Set(workspaceIds)];
  if (ids.length < 2) return;
  await tx.select({ id: activityChains.workspaceId }).from(activityChains).where(inArray(activityChains.workspaceId, ids)).orderBy(asc(activityChains.workspaceId)).for("update");
}
