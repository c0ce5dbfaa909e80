import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { apiTokens, users } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { assertPerson } from "@/lib/auth/rules";
import { tokenRowColumns, type TokenRow } from "./token-row";
import { readReplica } from "@/lib/read-replica/read-replica";

/** The signed-in person's own unrevoked personal access tokens (never through a workspace token; on a read replica when there is one). */
export async function listPersonalTokens(caller: Caller): Promise<TokenRow[]> {
  assertPerson(caller, "account", "A workspace token cannot list personal access tokens.");
  return readReplica((replica) => replica
    .select(tokenRowColumns)
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(isNull(apiTokens.workspaceId), eq(apiTokens.userId, caller.userId), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
    .limit(500));
}
