import "server-only";
import { and, eq, exists, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { memberships, userAvatars } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { notFound } from "@/lib/errors";
import type { ImageType } from "@/lib/images/image-limits";
import { bytesUnlessVersion, toBuffer, type StoredImage } from "@/lib/images/stored-image";

const mine = alias(memberships, "mine");
const theirs = alias(memberships, "theirs");

/**
 * A person's avatar, for themselves and for anyone who shares a workspace with them (authorized inside the one
 * statement); anyone else, an unknown id or no avatar: NOT_FOUND. `knownVersion` is the client's ETag.
 */
export async function getAvatar(caller: Caller, userId: unknown, knownVersion: string | null): Promise<StoredImage> {
  if (typeof userId !== "string" || userId.length === 0 || userId.length > 100) throw notFound("No avatar.");
  const db = await getDb();
  const sharesAWorkspace = exists(
    db
      .select({ one: sql`1` })
      .from(mine)
      .innerJoin(theirs, eq(theirs.workspaceId, mine.workspaceId))
      .where(and(eq(mine.userId, caller.userId), eq(theirs.userId, userId))),
  );
  const [row] = await db
    .select({
      contentType: userAvatars.contentType,
      version: userAvatars.version,
      bytes: bytesUnlessVersion(userAvatars.bytes, userAvatars.version, knownVersion),
    })
    .from(userAvatars)
    .where(and(eq(userAvatars.userId, userId), userId === caller.userId ? undefined : sharesAWorkspace))
    .limit(1);
  if (!row) throw notFound("No avatar.");
  return { contentType: row.contentType as ImageType, version: row.version, bytes: toBuffer(row.bytes) };
}
