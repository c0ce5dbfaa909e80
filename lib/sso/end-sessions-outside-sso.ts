import "server-only";
import { sql } from "drizzle-orm";
import { executeRows, type DbOrTx } from "@/db/client";

/**
 * Ends the sessions that "Require SSO" no longer allows: those of people at the workspace's verified SSO domains that
 * were not signed in through its connection (an email link, GitHub, or another connection), except those of `keep`
 * (the break-glass owner, and the owner turning it on, who has just tested the connection and stays on the page).
 * They sign in again through the IdP. Returns how many sessions ended.
 */
export async function endSessionsOutsideSso(
  tx: DbOrTx,
  connectionId: string,
  domains: readonly string[],
  keep: readonly string[],
): Promise<number> {
  if (domains.length === 0) return 0;
  const rows = await executeRows<{ session_token: string }>(
    tx,
    sql`delete from sessions s using users u
        where u.id = s.user_id
          and lower(split_part(u.email, '@', 2)) in (${sql.join(domains.map((domain) => sql`${domain}`), sql`, `)})
          and s.sso_connection_id is distinct from ${connectionId}::uuid
          ${keep.length ? sql`and u.id not in (${sql.join(keep.map((id) => sql`${id}`), sql`, `)})` : sql``}
        returning s.session_token`,
  );
  return rows.length;
}
