import "server-only";
import { cache } from "react";
import { sql } from "drizzle-orm";
import { executeRows, getDb } from "@/db/client";
import type { Role } from "@/db/schema";
import { headerSummaryColumns, toHeaderSummary, verifiedAddressCte, type HeaderSummaryRow } from "@/lib/account/get-header-summary";
import { requestMemo } from "@/lib/request-memo";
import type { MembershipContext } from "./load-membership";
import { toSessionUser, type SessionUser } from "./session";
import { sessionUserCtes } from "./session-sql";
import { readSessionToken } from "./session-token";

export type PageContext = { user: SessionUser; membership: MembershipContext | null };

type Row = HeaderSummaryRow & {
  user_id: string;
  user_name: string | null;
  user_email: string | null;
  user_image: string | null;
  workspace_id: string | null;
  slug: string;
  display_name: string;
  personal: boolean;
  region: string;
  created_at: Date | string;
  role: Role;
  membership_id: string;
  joined_at: Date | string;
};

const toDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/**
 * A workspace page's context in one statement: the signed-in user (from the session cookie), their membership in
 * `slug` (null for a non-member or an unknown slug) and the header's data, which getCurrentUser and getHeaderSummary
 * then reuse for the rest of the request. Null when signed out.
 */
export const loadPageContext = cache(async (slug: string): Promise<PageContext | null> => {
  const token = await readSessionToken();
  if (!token) return null;
  const db = await getDb();
  const [row] = await executeRows<Row>(
    db,
    sql`with ${sessionUserCtes(token)}, ${verifiedAddressCte(sql`(select id from signed_in)`)}
      select su.id as user_id, su.name as user_name, su.email as user_email, su.image as user_image,
        w.id as workspace_id, w.slug, w.display_name, w.personal, w.region, w.created_at,
        m.role, m.id as membership_id, m.joined_at,
        ${headerSummaryColumns(sql`su.id`)}
      from signed_in su
      left join memberships m on m.user_id = su.id and m.workspace_id = (select id from workspaces where slug = ${slug})
      left join workspaces w on w.id = m.workspace_id`,
  );
  if (!row) return null;
  const user = toSessionUser({ id: row.user_id, name: row.user_name, email: row.user_email, image: row.user_image });
  const memo = requestMemo();
  memo.user = user;
  memo.header = { userId: user.id, summary: toHeaderSummary(row) };
  const membership: MembershipContext | null = row.workspace_id
    ? {
        workspace: {
          id: row.workspace_id,
          slug: row.slug,
          displayName: row.display_name,
          personal: row.personal,
          region: row.region,
          createdAt: toDate(row.created_at),
        },
        role: row.role,
        membershipId: row.membership_id,
        joinedAt: toDate(row.joined_at),
      }
    : null;
  return { user, membership };
});
