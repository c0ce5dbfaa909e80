import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { joinRequests, users } from "@/db/schema";
import { AppError } from "@/lib/errors";

/** A pending request of this workspace, its row locked (a concurrent answer waits, then finds it answered), or NOT_FOUND. */
export async function lockPendingJoinRequest(tx: Tx, workspaceId: string, requestId: string) {
  const [row] = await tx
    .select({ id: joinRequests.id, userId: joinRequests.userId, via: joinRequests.via, email: users.email, name: users.name })
    .from(joinRequests)
    .innerJoin(users, eq(users.id, joinRequests.userId))
    .where(and(eq(joinRequests.id, requestId), eq(joinRequests.workspaceId, workspaceId), eq(joinRequests.status, "pending")))
    .for("update", { of: joinRequests });
  if (!row) throw new AppError("NOT_FOUND", "This request was already answered, or does not exist.");
  return { ...row, label: row.email ?? row.name ?? row.userId };
}
