import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { joinRequests, users } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";
import { readReplica } from "@/lib/read-replica/read-replica";

export type PendingJoinRequest = {
  id: string;
  userId: string;
  name: string | null;
  email: string | null;
  message: string;
  via: "invite-link" | "domain";
  createdAt: Date;
  /** Whether an owner or manager removed them before (approving lets them back in all the same). */
  removedBefore: boolean;
};

/** join-requests:manage (owner, manager): the pending requests to join, oldest first (at most 100; on a read replica when there is one). */
export async function listJoinRequests(caller: Caller, slug: string): Promise<PendingJoinRequest[]> {
  const db = await getDb();
  const { workspace } = await authorize(db, caller, slug, "join-requests:manage");
  const rows = await readReplica((replica) => replica
    .select({
      id: joinRequests.id,
      userId: joinRequests.userId,
      name: users.name,
      email: users.email,
      message: joinRequests.message,
      via: joinRequests.via,
      createdAt: joinRequests.createdAt,
      removedBefore: sql<boolean>`exists (select 1 from member_removals r where r.workspace_id = ${joinRequests.workspaceId} and r.user_id = ${joinRequests.userId})`,
    })
    .from(joinRequests)
    .innerJoin(users, eq(users.id, joinRequests.userId))
    .where(and(eq(joinRequests.workspaceId, workspace.id), eq(joinRequests.status, "pending")))
    .orderBy(asc(joinRequests.createdAt))
    .limit(100));
  return rows.map((r) => ({ ...r, via: r.via as PendingJoinRequest["via"] }));
}
