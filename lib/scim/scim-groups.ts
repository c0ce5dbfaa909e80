import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships, scimGroupMembers, scimGroups, ssoConnections, users } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { scimGroupRole } from "@/lib/auth/rules";
import { SCIM_ACTOR, scimVia } from "./scim-actor";
import { scimError, type ScimContext } from "./scim-context";

export type ScimGroup = {
  id: string;
  externalId?: string;
  displayName: string;
  members: { value: string; display: string }[];
  meta: { created: Date; lastModified: Date };
};

export type ScimGroupInput = { displayName?: string; externalId?: string; members?: { value?: string }[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The workspace's groups (or one), with their members who are still members of the workspace. */
async function groupRows(ctx: ScimContext, groupId?: string): Promise<ScimGroup[]> {
  const { tx, auth } = ctx;
  if (groupId !== undefined && !UUID.test(groupId)) return [];
  const groups = await tx
    .select()
    .from(scimGroups)
    .where(and(eq(scimGroups.workspaceId, auth.workspace.id), groupId ? eq(scimGroups.id, groupId) : undefined))
    .orderBy(asc(scimGroups.displayName))
    .limit(1000);
  if (!groups.length) return [];
  const members = await tx
    .select({ groupId: scimGroupMembers.groupId, userId: scimGroupMembers.userId, email: users.email })
    .from(scimGroupMembers)
    .innerJoin(users, eq(users.id, scimGroupMembers.userId))
    .innerJoin(memberships, and(eq(memberships.userId, scimGroupMembers.userId), eq(memberships.workspaceId, auth.workspace.id)))
    .where(inArray(scimGroupMembers.groupId, groups.map((g) => g.id)))
    .orderBy(asc(users.email));
  return groups.map((g) => ({
    id: g.id,
    ...(g.externalId ? { externalId: g.externalId } : {}),
    displayName: g.displayName,
    members: members.filter((m) => m.groupId === g.id).map((m) => ({ value: m.userId, display: m.email ?? m.userId })),
    meta: { created: g.createdAt, lastModified: g.updatedAt },
  }));
}

export async function readScimGroup(ctx: ScimContext, groupId: string): Promise<ScimGroup> {
  const [group] = await groupRows(ctx, groupId);
  if (!group) throw scimError(404, "", `Group ${groupId} not found.`);
  return group;
}

export const listScimGroups = (ctx: ScimContext) => groupRows(ctx);

/** The member ids of a body that are members of the workspace (anyone else is ignored: they may have left). */
async function memberIds(ctx: ScimContext, input: ScimGroupInput): Promise<string[]> {
  const ids = [...new Set((input.members ?? []).map((m) => m.value).filter((v): v is string => typeof v === "string" && v.length <= 200))];
  if (!ids.length) return [];
  const rows = await ctx.tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, ctx.auth.workspace.id), inArray(memberships.userId, ids)));
  return rows.map((r) => r.userId);
}

/**
 * Gives each of `userIds` the role their groups map to (scimGroupRole: the SSO connection's group mapping, else its
 * default role; owners untouched), recording member.role_changed by SCIM for each change.
 */
async function syncGroupRoles(ctx: ScimContext, userIds: string[]) {
  const { tx, auth } = ctx;
  if (!userIds.length) return;
  const [connection] = await tx
    .select({ defaultRole: ssoConnections.defaultRole, groupRoles: ssoConnections.groupRoles })
    .from(ssoConnections)
    .where(eq(ssoConnections.workspaceId, auth.workspace.id))
    .limit(1);
  const rows = await tx
    .select({
      userId: memberships.userId,
      role: memberships.role,
      email: users.email,
      groups: sql<string[]>`coalesce((select array_agg(g.display_name) from ${scimGroupMembers} gm join ${scimGroups} g on g.id = gm.group_id
        where gm.user_id = ${memberships.userId} and g.workspace_id = ${auth.workspace.id}), '{}')`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, auth.workspace.id), inArray(memberships.userId, userIds)));
  for (const row of rows) {
    const role = scimGroupRole(connection ?? null, row.role, row.groups ?? []);
    if (!role || role === row.role) continue;
    await tx.update(memberships).set({ role }).where(and(eq(memberships.workspaceId, auth.workspace.id), eq(memberships.userId, row.userId)));
    await recordActivity(tx, {
      workspaceId: auth.workspace.id,
      actor: SCIM_ACTOR,
      action: "member.role_changed",
      target: { type: "user", id: row.userId, label: row.email ?? row.userId },
      metadata: { from: row.role, to: role, ...scimVia(auth.token) },
    });
  }
}

function displayNameOf(input: ScimGroupInput): string {
  const name = typeof input.displayName === "string" ? input.displayName.trim() : "";
  if (!name || name.length > 200) throw scimError(400, "invalidValue", "displayName is required (at most 200 characters).");
  return name;
}

async function assertNameFree(tx: Tx, workspaceId: string, displayName: string, groupId?: string) {
  const [other] = await tx
    .select({ id: scimGroups.id })
    .from(scimGroups)
    .where(and(eq(scimGroups.workspaceId, workspaceId), eq(scimGroups.displayName, displayName)))
    .limit(1);
  if (other && other.id !== groupId) throw scimError(409, "uniqueness", `A group named ${displayName} exists already.`);
}

/** POST /Groups: a group (its display name unique in the workspace) with its members, whose roles follow the mapping. */
export async function createScimGroup(ctx: ScimContext, input: ScimGroupInput): Promise<ScimGroup> {
  const { tx, auth } = ctx;
  const displayName = displayNameOf(input);
  await assertNameFree(tx, auth.workspace.id, displayName);
  const [group] = await tx
    .insert(scimGroups)
    .values({ workspaceId: auth.workspace.id, displayName, externalId: typeof input.externalId === "string" ? input.externalId.slice(0, 200) : null })
    .returning();
  const ids = await memberIds(ctx, input);
  if (ids.length) await tx.insert(scimGroupMembers).values(ids.map((userId) => ({ groupId: group.id, userId }))).onConflictDoNothing();
  await recordActivity(tx, {
    workspaceId: auth.workspace.id,
    actor: SCIM_ACTOR,
    action: "scim.group_created",
    target: { type: "scim_group", id: group.id, label: displayName },
    metadata: { members: ids.length, ...scimVia(auth.token) },
  });
  await syncGroupRoles(ctx, ids);
  return readScimGroup(ctx, group.id);
}

/**
 * PUT and PATCH /Groups/<id> (scimmy applied a PATCH's member adds and removes to the current group first): the new
 * name and member list; the roles of everyone added or removed follow the mapping (a renamed group: all its members).
 */
export async function updateScimGroup(ctx: ScimContext, groupId: string, input: ScimGroupInput): Promise<ScimGroup> {
  const { tx, auth } = ctx;
  const before = await readScimGroup(ctx, groupId);
  const displayName = displayNameOf(input);
  if (displayName !== before.displayName) await assertNameFree(tx, auth.workspace.id, displayName, groupId);
  const ids = await memberIds(ctx, input);
  const had = new Set(before.members.map((m) => m.value));
  const added = ids.filter((id) => !had.has(id));
  const removed = [...had].filter((id) => !ids.includes(id));
  await tx
    .update(scimGroups)
    .set({ displayName, externalId: typeof input.externalId === "string" ? input.externalId.slice(0, 200) : null, updatedAt: new Date() })
    .where(eq(scimGroups.id, groupId));
  if (added.length) await tx.insert(scimGroupMembers).values(added.map((userId) => ({ groupId, userId }))).onConflictDoNothing();
  if (removed.length) await tx.delete(scimGroupMembers).where(and(eq(scimGroupMembers.groupId, groupId), inArray(scimGroupMembers.userId, removed)));
  if (added.length || removed.length || displayName !== before.displayName) {
    await recordActivity(tx, {
      workspaceId: auth.workspace.id,
      actor: SCIM_ACTOR,
      action: "scim.group_updated",
      target: { type: "scim_group", id: groupId, label: displayName },
      metadata: { added: added.length, removed: removed.length, ...(displayName !== before.displayName ? { renamedFrom: before.displayName } : {}), ...scimVia(auth.token) },
    });
  }
  await syncGroupRoles(ctx, displayName !== before.displayName ? [...new Set([...ids, ...removed])] : [...added, ...removed]);
  return readScimGroup(ctx, groupId);
}

/** DELETE /Groups/<id>: the group goes; its members' roles follow the mapping without it. */
export async function deleteScimGroup(ctx: ScimContext, groupId: string): Promise<void> {
  const { tx, auth } = ctx;
  const group = await readScimGroup(ctx, groupId);
  await tx.delete(scimGroups).where(eq(scimGroups.id, groupId));
  await recordActivity(tx, {
    workspaceId: auth.workspace.id,
    actor: SCIM_ACTOR,
    action: "scim.group_deleted",
    target: { type: "scim_group", id: groupId, label: group.displayName },
    metadata: { members: group.members.length, ...scimVia(auth.token) },
  });
  await syncGroupRoles(ctx, group.members.map((m) => m.value));
}
