import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, users, type Role } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";
import { readReplica } from "@/lib/read-replica/read-replica";

export type ServiceAccountRow = { userId: string; name: string; role: Role; joinedAt: Date; liveTokens: number };

/** service-accounts:manage (owner, manager): the workspace's service accounts with their live token counts (on a read replica when there is one). */
export async function listServiceAccounts(caller: Caller, slug: string): Promise<ServiceAccountRow[]> {
  const db = await getDb();
  const { workspace } = await authorize(db, caller, slug, "service-accounts:manage");
  return readReplica((replica) => replica
    .select({
      userId: users.id,
      name: sql<string>`coalesce(${users.name}, ${users.id})`,
      role: memberships.role,
      joinedAt: memberships.joinedAt,
      liveTokens: sql<number>`(select count(*) from api_tokens t where t.user_id = ${users.id} and t.workspace_id = ${workspace.id}
        and t.revoked_at is null and (t.expires_at is null or t.expires_at > now()))`.mapWith(Number),
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, workspace.id), eq(users.serviceAccount, true)))
    .orderBy(asc(users.name), asc(users.id))
    .limit(500));
}
