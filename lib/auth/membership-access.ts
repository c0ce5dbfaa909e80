import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { memberships, workspaces } from "@/db/schema";

/**
 * Whether a membership lets its person in right now: it is not suspended, its end date ("access until"), if any, has
 * not passed, and its workspace is not deleted (deleted workspaces wait WORKSPACE_RESTORE_DAYS for a restore, serving
 * nobody). Evaluated in SQL on every request, so nothing depends on a timer. The one definition: every query that
 * finds a caller's way into a workspace (authorize, the page context, the switcher) uses it.
 */
export const membershipGivesAccess: SQL = sql`(${memberships.suspendedAt} is null and (${memberships.accessUntil} is null or ${memberships.accessUntil} > now()) and ${workspaces.deletedAt} is null)`;

/**
 * Whether a membership is active: not suspended and not past its end date (its workspace aside). Owner counts use it:
 * a workspace always keeps at least one active owner.
 */
export const membershipIsActive: SQL = sql`(${memberships.suspendedAt} is null and (${memberships.accessUntil} is null or ${memberships.accessUntil} > now()))`;

/** membershipIsActive for a raw statement that names the memberships table by an alias. */
export const membershipIsActiveAs = (m: string): SQL => sql.raw(`(${m}.suspended_at is null and (${m}.access_until is null or ${m}.access_until > now()))`);

/** membershipGivesAccess for a raw statement that names the tables by aliases (`m` for memberships, `w` for workspaces). */
export const membershipGivesAccessAs = (m: string, w: string): SQL =>
  sql.raw(`(${m}.suspended_at is null and (${m}.access_until is null or ${m}.access_until > now()) and ${w}.deleted_at is null)`);
