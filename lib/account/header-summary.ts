import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { membershipGivesAccessAs } from "@/lib/auth/membership-access";
import { can, ROLES } from "@/lib/auth/permissions";

/** The header's data for the signed-in user: pending invitations to their verified address (the badge), shared
 * workspaces they may join by email domain (the switcher's "Join" entries) and how many workspaces they belong to. */
export type HeaderSummary = {
  pendingInvitations: number;
  /** `mode` "request": the person may only ask to join (domain auto-join in "request" mode). */
  suggestions: { slug: string; displayName: string; mode: "join" | "request" }[];
  workspaceCount: number;
  /** Pending requests to join the page's workspace, for its owners and managers (join-requests:manage); 0 elsewhere. */
  pendingJoinRequests: number;
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
      (select coalesce(json_agg(json_build_object('slug', s.slug, 'displayName', s.display_name, 'mode', s.domain_auto_join_mode)), '[]'::json)
         from (select distinct w.slug, w.display_name, w.domain_auto_join_mode from workspace_domains d
               join me on d.domain = me.domain
               join workspaces w on w.id = d.workspace_id and w.domain_auto_join and not w.personal and w.deleted_at is null
               where not exists (select 1 from memberships m where m.workspace_id = w.id and m.user_id = ${userId})
                 and not exists (select 1 from member_removals r where r.workspace_id = w.id and r.user_id = ${userId})
               order by w.display_name limit 10) s) as suggestions`;
}

export type HeaderSummaryRow = {
  pending: number | string;
  workspaces: number | string;
  join_requests?: number | string | null;
  suggestions: HeaderSummary["suggestions"] | string | null;
};

export function toHeaderSummary(row: HeaderSummaryRow | undefined): HeaderSummary {
  const suggestions = typeof row?.suggestions === "string" ? JSON.parse(row.suggestions) : (row?.suggestions ?? []);
  return { pendingInvitations: Number(row?.pending ?? 0), suggestions, workspaceCount: Number(row?.workspaces ?? 0), pendingJoinRequests: Number(row?.join_requests ?? 0) };
}

/**
 * The header's `join_requests` column for a statement that joined the caller's membership `m` in workspace `w`: the
 * pending requests to join, counted only where the role may answer them (join-requests:manage), else 0.
 */
export function joinRequestCountColumn(): SQL {
  const roles = sql.join(ROLES.filter((r) => can(r, "join-requests:manage")).map((r) => sql`${r}`), sql`, `);
  return sql`case when m.role in (${roles}) then (select count(*) from join_requests j where j.workspace_id = w.id and j.status = 'pending') else 0 end as join_requests`;
}
