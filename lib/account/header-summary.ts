import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { membershipGivesAccessAs } from "@/lib/auth/membership-access";

/** The header's data for the signed-in user: pending invitations to their verified address (the badge), shared
 * workspaces they may join by email domain (the switcher's "Join" entries) and how many workspaces they belong to. */
export type HeaderSummary = {
  pendingInvitations: number;
  suggestions: { slug: string; displayName: string }[];
  workspaceCount: number;
};

/** The CTE `me`: the user's verified address and its domain (no row without one). */
export function verifiedAddressCte(userId: SQL): SQL {
  return sql`me as (
      select lower(email) as email, split_part(lower(email), '@', 2) as domain
      from users where id = ${userId} and email is not null and email_verified is not null
    )`;
}

/** The header's columns (`pending`, `workspaces`, `suggestions`) for a statement that defines `me`. */
export function headerSummaryColumns(userId: SQL): SQL {
  return sql`(select count(*) from invitations i, me
        where i.email = me.email and i.status = 'pending' and i.expires_at > now()) as pending,
      (select count(*) from memberships m join workspaces w on w.id = m.workspace_id where m.user_id = ${userId} and ${membershipGivesAccessAs("m", "w")}) as workspaces,
      (select coalesce(json_agg(json_build_object('slug', s.slug, 'displayName', s.display_name)), '[]'::json)
         from (select distinct w.slug, w.display_name from workspace_domains d
               join me on d.domain = me.domain
               join workspaces w on w.id = d.workspace_id and w.domain_auto_join and not w.personal and w.deleted_at is null
               where not exists (select 1 from memberships m where m.workspace_id = w.id and m.user_id = ${userId})
                 and not exists (select 1 from member_removals r where r.workspace_id = w.id and r.user_id = ${userId})
               order by w.display_name limit 10) s) as suggestions`;
}

export type HeaderSummaryRow = {
  pending: number | string;
  workspaces: number | string;
  suggestions: { slug: string; displayName: string }[] | string | null;
};

export function toHeaderSummary(row: HeaderSummaryRow | undefined): HeaderSummary {
  const suggestions = typeof row?.suggestions === "string" ? JSON.parse(row.suggestions) : (row?.suggestions ?? []);
  return { pendingInvitations: Number(row?.pending ?? 0), suggestions, workspaceCount: Number(row?.workspaces ?? 0) };
}
