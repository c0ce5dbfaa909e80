import "server-only";
import { sql } from "drizzle-orm";
import { executeRows, getDb } from "@/db/client";
import type { Role } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { membershipIsActiveAs } from "@/lib/auth/membership-access";
import { AppError } from "@/lib/errors";
import { suspendedToken } from "./suspended-token";
import { bearerToken, hashToken } from "./token-format";

type Row = {
  id: string;
  user_id: string;
  name: string;
  role: Role | null;
  workspace_id: string | null;
  slug: string | null;
  expires_at: Date | string | null;
  live: boolean;
  holder_label: string;
  service_account: boolean;
  suspended: boolean;
};

export const invalidToken = () =>
  new AppError("UNAUTHENTICATED", "Send a valid API token as `Authorization: Bearer <token>`; this one is missing, malformed, expired or revoked.");

/**
 * The Caller of an `Authorization: Bearer rst_...` header. A malformed token or a bad checksum is refused before any
 * database lookup; then one statement finds the token by its SHA-256 hash and stamps `last_used_at` (at most once a
 * minute). The token's role is a ceiling: authorize() takes the lower of it and the owner's live role on every request.
 */
export async function authenticateToken(authorizationHeader: string | null | undefined): Promise<Caller> {
  const token = bearerToken(authorizationHeader);
  if (!token) throw invalidToken();
  const db = await getDb();
  const [row] = await executeRows<Row>(
    db,
    sql`with t as (
          select a.id, a.user_id, a.name, a.role, a.workspace_id, w.slug, a.expires_at,
                 (a.revoked_at is null and (a.expires_at is null or a.expires_at > now()) and w.deleted_at is null) as live,
                 coalesce(u.email, u.name, u.id) as holder_label, u.service_account, a.last_used_at,
                 coalesce((select not ${membershipIsActiveAs("m")} from memberships m where m.workspace_id = a.workspace_id and m.user_id = a.user_id), false) as suspended
          from api_tokens a
          join users u on u.id = a.user_id
          left join workspaces w on w.id = a.workspace_id
          where a.token_hash = ${hashToken(token)}
        ), touched as (
          update api_tokens set last_used_at = now()
          where id = (select id from t where live and (last_used_at is null or last_used_at < now() - interval '60 seconds'))
          returning id
        )
        select id, user_id, name, role, workspace_id, slug, expires_at, live, holder_label, service_account, suspended from t`,
  );
  if (!row || !row.live) throw invalidToken();
  if (row.suspended) throw suspendedToken();
  return {
    kind: "token",
    userId: row.user_id,
    tokenId: row.id,
    tokenName: row.name,
    // A raw row: normalized to a Date whatever the driver hands back.
    tokenExpiresAt: row.expires_at === null ? null : new Date(row.expires_at),
    label: row.holder_label,
    serviceAccount: row.service_account,
    roleCeiling: row.role,
    workspaceId: row.workspace_id,
    workspaceSlug: row.slug,
  };
}
