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

/** membershipGivesAccess for a raw statement that names the tables by aliases (`m` for memberships, `w` for workspaces). */
export const membershipGivesAccessAs = (m: string, w: string): SQL =>
  sql.raw(`(${m}.suspended_at is null and (${m}.access_until is null or ${m}.access_until > now()) and ${w}.deleted_at is null)`);

/**
 * membershipGivesAccess but for the workspace's deletion: a membership that gives access, or would once its deleted
 * workspace is restored. Only restoring reads it (authorize's `includeDeleted`, for workspace:restore alone).
 */
export const membershipGivesAccessOnceRestored: SQL = sql`(${memberships.suspendedAt} is null and (${memberships.accessUntil} is null or ${memberships.accessUntil} > now()))`;
