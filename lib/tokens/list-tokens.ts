import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { apiTokens, users } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";
import { can } from "@/lib/auth/permissions";
import { tokenRowColumns, type TokenRow } from "./token-row";
import { readReplica } from "@/lib/read-replica/read-replica";

/** workspace:read: owners and managers (tokens:manage-all) see every unrevoked token of the workspace; others their own (on a read replica when there is one). */
export async function listTokens(caller: Caller, slug: string): Promise<{ tokens: TokenRow[]; manageAll: boolean }> {
  const db = await getDb();
  const { workspace, role } = await authorize(db, caller, slug, "workspace:read");
  const manageAll = can(role, "tokens:manage-all");
  const tokens = await readReplica((replica) => replica
    .select(tokenRowColumns)
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.workspaceId, workspace.id), isNull(apiTokens.revokedAt), manageAll ? undefined : eq(apiTokens.userId, caller.userId)))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
    .limit(500));
  return { tokens, manageAll };
}
