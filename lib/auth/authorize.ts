import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { memberships, workspaces, type Role } from "@/db/schema";
import { forbidden, notFound } from "@/lib/errors";
import type { Caller } from "./caller";
import { can, lowerRole, type Permission } from "./permissions";

export type WorkspaceRow = typeof workspaces.$inferSelect;
export type Authorized = { workspace: WorkspaceRow; role: Role; membershipId: string };

const SLUG_SHAPE = /^[a-z0-9-]{1,64}$/;

/**
 * The one authorization step of every workspace operation: loads the workspace (locking its row when `lock` is set,
 * so ownership changes serialize per workspace) and the caller's effective role, read from the database.
 * A non-member, an unknown slug, or a workspace outside a token's scope: NOT_FOUND. Missing permission: FORBIDDEN.
 */
export async function authorize(
  db: DbOrTx,
  caller: Caller,
  slug: unknown,
  permission: Permission,
  options: { lock?: boolean } = {},
): Promise<Authorized> {
  if (typeof slug !== "string" || !SLUG_SHAPE.test(slug)) throw notFound("Workspace not found.");
  if (options.lock) {
    // Lock first, then read the membership in a new statement so it sees every change committed before the lock.
    await db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, slug)).for("update");
  }
  const [row] = await db
    .select({ workspace: workspaces, role: memberships.role, membershipId: memberships.id })
    .from(workspaces)
    .innerJoin(memberships, and(eq(memberships.workspaceId, workspaces.id), eq(memberships.userId, caller.userId)))
    .where(eq(workspaces.slug, slug))
    .limit(1);
  if (!row || (caller.workspaceId && caller.workspaceId !== row.workspace.id)) throw notFound("Workspace not found.");
  const role = caller.roleCeiling ? lowerRole(row.role, caller.roleCeiling) : row.role;
  if (!can(role, permission)) throw forbidden();
  return { workspace: row.workspace, role, membershipId: row.membershipId };
}
