import "server-only";
import { and, eq, exists, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, workspaceLogos, workspaces } from "@/db/schema";
import { SLUG_SHAPE } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";
import { notFound } from "@/lib/errors";
import type { ImageType } from "@/lib/images/image-limits";
import { bytesUnlessVersion, toBuffer, type StoredImage } from "@/lib/images/stored-image";

/**
 * workspace:read (every role): the workspace's logo, the membership checked inside the one statement. A non-member, an
 * unknown slug or no logo: NOT_FOUND. `knownVersion` is the client's ETag.
 */
export async function getLogo(caller: Caller, slug: unknown, knownVersion: string | null): Promise<StoredImage> {
  if (typeof slug !== "string" || !SLUG_SHAPE.test(slug)) throw notFound("No logo.");
  const db = await getDb();
  const isMember = exists(
    db
      .select({ one: sql`1` })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, workspaces.id), eq(memberships.userId, caller.userId))),
  );
  const [row] = await db
    .select({
      contentType: workspaceLogos.contentType,
      version: workspaceLogos.version,
      bytes: bytesUnlessVersion(workspaceLogos.bytes, workspaceLogos.version, knownVersion),
    })
    .from(workspaceLogos)
    .innerJoin(workspaces, eq(workspaces.id, workspaceLogos.workspaceId))
    .where(and(eq(workspaces.slug, slug), isMember, caller.workspaceId ? eq(workspaces.id, caller.workspaceId) : undefined))
    .limit(1);
  if (!row) throw notFound("No logo.");
  return { contentType: row.contentType as ImageType, version: row.version, bytes: toBuffer(row.bytes) };
}
