import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/db/client";
import { scimTokens, workspaces } from "@/db/schema";
import { SLUG_SHAPE } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { hashToken } from "@/lib/tokens/token-format";
import { scimBearerToken } from "./scim-token-format";

export type ScimToken = { id: string; name: string };
export type ScimAuthorized = { workspace: { id: string; slug: string; displayName: string }; token: ScimToken };

/** One answer for a missing, malformed, unknown or revoked token and for a token of another workspace (nothing leaks). */
export const invalidScimToken = () =>
  new AppError("UNAUTHENTICATED", "Send this workspace's SCIM token as `Authorization: Bearer rsc_…`; this one is missing, malformed, revoked or for another workspace.");

/**
 * The SCIM token of the request, for `slug`: a malformed token is refused before any lookup; one statement finds a
 * live token of that (undeleted) workspace by its SHA-256 hash and stamps last_used_at at most once a minute.
 */
export async function authenticateScimToken(db: DbOrTx, authorizationHeader: string | null, slug: string): Promise<ScimToken> {
  const secret = scimBearerToken(authorizationHeader);
  if (!secret || !SLUG_SHAPE.test(slug)) throw invalidScimToken();
  const [row] = await db
    .update(scimTokens)
    .set({ lastUsedAt: sql`case when ${scimTokens.lastUsedAt} is null or ${scimTokens.lastUsedAt} < now() - interval '60 seconds' then now() else ${scimTokens.lastUsedAt} end` })
    .where(
      and(
        eq(scimTokens.tokenHash, hashToken(secret)),
        isNull(scimTokens.revokedAt),
        sql`${scimTokens.workspaceId} = (select ${workspaces.id} from ${workspaces} where ${workspaces.slug} = ${slug} and ${workspaces.deletedAt} is null)`,
      ),
    )
    .returning({ id: scimTokens.id, name: scimTokens.name });
  if (!row) throw invalidScimToken();
  return row;
}

/**
 * The authorization step of every SCIM operation (authorize()'s counterpart for a token that is no person): locks the
 * workspace row (unless `lock: false`, for reads) (so member changes serialize with every other ownership change of the workspace) and re-checks,
 * under that lock, that the token is still live for it. A revoked token or a deleted workspace: UNAUTHENTICATED.
 */
export async function authorizeScim(tx: Tx, token: ScimToken, slug: string, options: { lock?: boolean } = { lock: true }): Promise<ScimAuthorized> {
  const query = tx
    .select({ id: workspaces.id, slug: workspaces.slug, displayName: workspaces.displayName })
    .from(workspaces)
    .where(and(eq(workspaces.slug, slug), isNull(workspaces.deletedAt)));
  const [workspace] = options.lock === false ? await query : await query.for("update");
  if (!workspace) throw invalidScimToken();
  const [live] = await tx
    .select({ id: scimTokens.id, name: scimTokens.name })
    .from(scimTokens)
    .where(and(eq(scimTokens.id, token.id), eq(scimTokens.workspaceId, workspace.id), isNull(scimTokens.revokedAt)));
  if (!live) throw invalidScimToken();
  return { workspace, token: live };
}
