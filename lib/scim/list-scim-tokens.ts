import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { getDb } from "@/db/client";
import { scimTokens, users } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";

export type ScimTokenRow = { id: string; name: string; displayPrefix: string; createdAt: Date; lastUsedAt: Date | null; createdBy: string | null };

/** The live (unrevoked) SCIM tokens of a workspace, newest first, with who created them (never their secrets). */
export async function readScimTokens(db: DbOrTx, workspaceId: string): Promise<ScimTokenRow[]> {
  const rows = await db
    .select({
      id: scimTokens.id,
      name: scimTokens.name,
      displayPrefix: scimTokens.displayPrefix,
      createdAt: scimTokens.createdAt,
      lastUsedAt: scimTokens.lastUsedAt,
      creatorEmail: users.email,
      creatorName: users.name,
    })
    .from(scimTokens)
    .leftJoin(users, eq(users.id, scimTokens.createdBy))
    .where(and(eq(scimTokens.workspaceId, workspaceId), isNull(scimTokens.revokedAt)))
    .orderBy(desc(scimTokens.createdAt), desc(scimTokens.id));
  return rows.map(({ creatorEmail, creatorName, ...r }) => ({ ...r, createdBy: creatorName ?? creatorEmail }));
}

/** scim:manage (owners): the workspace's live SCIM tokens. */
export async function listScimTokens(caller: Caller, slug: string): Promise<ScimTokenRow[]> {
  const db = await getDb();
  const { workspace } = await authorize(db, caller, slug, "scim:manage");
  return readScimTokens(db, workspace.id);
}
