import "server-only";
import { cache } from "react";
import { sql } from "drizzle-orm";
import { getDb, preparedRows } from "@/db/client";
import { headerSummaryColumns, joinRequestCountColumn, toHeaderSummary, verifiedAddressCte, type HeaderSummary, type HeaderSummaryRow } from "@/lib/account/header-summary";
import { membershipGivesAccessAs } from "@/lib/auth/membership-access";
import { toMembershipContext, type MembershipContext } from "@/lib/auth/membership-columns";
import type { Role } from "@/lib/auth/permissions";
import { sessionUserCtes } from "./session-sql";
import { readSessionToken } from "./session-token";
import { toSessionUser, type SessionUser } from "./session-user";

/** What a signed-in page starts from: who is signed in, their membership in the page's workspace, the header's data. */
export type PageContext = { user: SessionUser; membership: MembershipContext | null; header: HeaderSummary };

type Row = HeaderSummaryRow & {
  userId: string;
  userName: string | null;
  userEmail: string | null;
  userImage: string | null;
  userAvatarVersion: string | null;
  id: string | null;
  slug: string;
  displayName: string;
  personal: boolean;
  region: string;
  logoVersion: string | null;
  createdAt: Date | string;
  role: Role;
  membershipId: string;
  joinedAt: Date | string;
};

const toDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/** The page context's statement, its text built once (preparedRows): its parameters are the session token and the slug. */
const pageContextStatement = preparedRows<Row, "token" | "slug">(
  ["token", "slug"],
  ({ token, slug }) =>
    sql`with ${sessionUserCtes(token)}, ${verifiedAddressCte(sql`(select id from signed_in)`)}
      select su.id as "userId", su.name as "userName", su.email as "userEmail", su.image as "userImage", su.avatar_version as "userAvatarVersion",
        w.id, w.slug, w.display_name as "displayName", w.personal, w.region, w.logo_version as "logoVersion", w.created_at as "createdAt",
        m.role, m.id as "membershipId", m.joined_at as "joinedAt", ${joinRequestCountColumn()},
        ${headerSummaryColumns(sql`su.id`)}
      from signed_in su
      left join (memberships m join workspaces w on w.id = m.workspace_id and ${membershipGivesAccessAs("m", "w")})
        on m.user_id = su.id and m.workspace_id = (select id from workspaces where slug = ${slug})`,
);

/**
 * A signed-in page's context in one statement, once per request (React cache): the user (from the session cookie),
 * their membership in `slug` (null for a non-member, a membership that gives no access (membershipGivesAccess), an
 * unknown slug, or a page outside any workspace) and the
 * header's data. Null when signed out.
 */
export const loadPageContext = cache(async (slug: string | null): Promise<PageContext | null> => {
  const token = await readSessionToken();
  if (!token) return null;
  const [row] = await pageContextStatement(await getDb(), { token, slug: slug ?? "" });
  if (!row) return null;
  const user = toSessionUser({ id: row.userId, name: row.userName, email: row.userEmail, image: row.userImage, avatarVersion: row.userAvatarVersion });
  const { id, slug: workspaceSlug, displayName, personal, region, logoVersion, createdAt, role, membershipId, joinedAt } = row;
  const membership = id
    ? toMembershipContext({ id, slug: workspaceSlug, displayName, personal, region, logoVersion, createdAt: toDate(createdAt), role, membershipId, joinedAt: toDate(joinedAt) })
    : null;
  return { user, membership, header: toHeaderSummary(row) };
});
