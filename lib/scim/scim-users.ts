import "server-only";
import { and, asc, count, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships, scimGroupMembers, scimGroups, scimUsers, ssoConnections, users, workspaces } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { membershipIsActive } from "@/lib/auth/membership-access";
import { assertScimMayEndAccess, ssoRoleFor } from "@/lib/auth/rules";
import { AppError } from "@/lib/errors";
import { addMember, clearRemoval } from "@/lib/invitations/add-member";
import { applyReactivation, applyRemoval, applySuspension, type MemberChange } from "@/lib/members/apply-member-change";
import { countActiveOwners } from "@/lib/members/count-active-owners";
import { getTargetMember, type TargetMember } from "@/lib/members/get-target-member";
import { assertMemberQuota } from "@/lib/quotas/assert-member-quota";
import { emailAddressSchema } from "@/lib/users/email-address";
import { createPersonalWorkspace } from "@/lib/workspaces/create-personal-workspace";
import { SCIM_ACTOR, SCIM_ACTOR_NAME, scimVia } from "./scim-actor";
import { scimError, type ScimContext } from "./scim-context";

/** A member as SCIM shows it (the SCIM User's id is the Roster user id). */
export type ScimUser = {
  id: string;
  externalId?: string;
  userName: string;
  name: { formatted?: string; givenName?: string; familyName?: string };
  displayName?: string;
  active: boolean;
  emails: { value: string; type: string; primary: boolean }[];
  groups: { value: string; display: string }[];
  meta: { created: Date; lastModified: Date };
};

/** The attributes of a SCIM User body that Roster reads, as scimmy validated them. */
export type ScimUserInput = {
  userName?: string;
  externalId?: string;
  displayName?: string;
  active?: boolean;
  name?: { formatted?: string; givenName?: string; familyName?: string };
  emails?: { value?: string; type?: string; primary?: boolean }[];
};

const memberColumns = {
  userId: memberships.userId,
  email: users.email,
  name: users.name,
  role: memberships.role,
  joinedAt: memberships.joinedAt,
  active: sql<boolean>`${membershipIsActive}`,
  externalId: scimUsers.externalId,
  givenName: scimUsers.givenName,
  familyName: scimUsers.familyName,
  createdUser: scimUsers.createdUser,
};

/** The workspace's members as SCIM sees them (people with an address; never service accounts), `where` narrowing. */
async function memberRows(tx: Tx, workspaceId: string, where?: SQL) {
  return tx
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(scimUsers, and(eq(scimUsers.workspaceId, memberships.workspaceId), eq(scimUsers.userId, memberships.userId)))
    .where(and(eq(memberships.workspaceId, workspaceId), eq(users.serviceAccount, false), sql`${users.email} is not null`, where))
    .orderBy(asc(memberships.joinedAt), asc(memberships.userId))
    .limit(10_000);
}

type MemberRow = Awaited<ReturnType<typeof memberRows>>[number];

async function groupsOf(tx: Tx, workspaceId: string, userIds: string[]) {
  const byUser = new Map<string, { value: string; display: string }[]>();
  if (!userIds.length) return byUser;
  const rows = await tx
    .select({ userId: scimGroupMembers.userId, id: scimGroups.id, displayName: scimGroups.displayName })
    .from(scimGroupMembers)
    .innerJoin(scimGroups, eq(scimGroups.id, scimGroupMembers.groupId))
    .where(and(eq(scimGroups.workspaceId, workspaceId), inArray(scimGroupMembers.userId, userIds)))
    .orderBy(asc(scimGroups.displayName));
  for (const r of rows) byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), { value: r.id, display: r.displayName }]);
  return byUser;
}

function toScimUser(row: MemberRow, groups: { value: string; display: string }[]): ScimUser {
  const formatted = row.name ?? undefined;
  return {
    id: row.userId,
    ...(row.externalId ? { externalId: row.externalId } : {}),
    userName: row.email ?? "",
    name: {
      ...(formatted ? { formatted } : {}),
      ...(row.givenName ? { givenName: row.givenName } : {}),
      ...(row.familyName ? { familyName: row.familyName } : {}),
    },
    ...(formatted ? { displayName: formatted } : {}),
    active: Boolean(row.active),
    emails: row.email ? [{ value: row.email, type: "work", primary: true }] : [],
    groups,
    meta: { created: row.joinedAt, lastModified: row.joinedAt },
  };
}

/** One member as a SCIM User, or 404 (not a member, a service account, or no address). */
export async function readScimUser(ctx: ScimContext, userId: string): Promise<ScimUser> {
  const [row] = await memberRows(ctx.tx, ctx.auth.workspace.id, eq(memberships.userId, userId));
  if (!row) throw scimError(404, "", `User ${userId} not found.`);
  return toScimUser(row, (await groupsOf(ctx.tx, ctx.auth.workspace.id, [row.userId])).get(row.userId) ?? []);
}

/**
 * The members matching a list request. `userName eq` and `externalId eq` (what Okta and Entra ID ask before every
 * create) are answered in SQL; any other filter is matched by scimmy over the workspace's members.
 */
export async function listScimUsers(ctx: ScimContext, lookup: { userName?: string; externalId?: string } | null): Promise<ScimUser[]> {
  const where = lookup?.userName !== undefined
    ? sql`lower(${users.email}) = ${lookup.userName.toLowerCase()}`
    : lookup?.externalId !== undefined
      ? eq(scimUsers.externalId, lookup.externalId)
      : undefined;
  const rows = await memberRows(ctx.tx, ctx.auth.workspace.id, where);
  const groups = await groupsOf(ctx.tx, ctx.auth.workspace.id, rows.map((r) => r.userId));
  return rows.map((r) => toScimUser(r, groups.get(r.userId) ?? []));
}

const trimmed = (value: unknown, max: number) => (typeof value === "string" && value.trim() ? value.trim().slice(0, max) : null);

/** The display name a SCIM body gives: name.formatted, else given + family name, else displayName. */
function nameOf(input: ScimUserInput): string | null {
  const parts = [trimmed(input.name?.givenName, 100), trimmed(input.name?.familyName, 100)].filter(Boolean).join(" ");
  return trimmed(input.name?.formatted, 100) ?? (parts ? parts.slice(0, 100) : null) ?? trimmed(input.displayName, 100);
}

/** The address a SCIM body names: its userName (Roster's people are their email addresses), else its primary or work email. */
function emailOf(input: ScimUserInput, current?: string): string {
  const fromEmails = input.emails?.find((e) => e.primary) ?? input.emails?.find((e) => e.type === "work") ?? input.emails?.[0];
  const candidates = [input.userName, fromEmails?.value].filter((v): v is string => typeof v === "string");
  // On an update, a changed work email (Entra's `emails[type eq "work"].value`) counts even when userName stayed.
  const changed = current ? candidates.find((c) => c.trim().toLowerCase() !== current) : undefined;
  const parsed = emailAddressSchema.safeParse(changed ?? candidates[0]);
  if (!parsed.success) throw scimError(400, "invalidValue", "userName must be the person's email address (e.g. ada@example.com).");
  return parsed.data;
}

const change = (ctx: ScimContext): MemberChange => ({
  workspace: ctx.auth.workspace,
  actor: SCIM_ACTOR,
  byUserId: null,
  actorName: SCIM_ACTOR_NAME,
  metadata: scimVia(ctx.auth.token),
});

async function defaultRole(tx: Tx, workspaceId: string) {
  const [connection] = await tx
    .select({ defaultRole: ssoConnections.defaultRole, groupRoles: ssoConnections.groupRoles })
    .from(ssoConnections)
    .where(eq(ssoConnections.workspaceId, workspaceId))
    .limit(1);
  return ssoRoleFor(connection ?? { defaultRole: "member", groupRoles: [] });
}

async function saveScimUser(tx: Tx, workspaceId: string, userId: string, input: ScimUserInput, createdUser?: boolean) {
  const values = {
    externalId: trimmed(input.externalId, 200),
    givenName: trimmed(input.name?.givenName, 100),
    familyName: trimmed(input.name?.familyName, 100),
  };
  await tx
    .insert(scimUsers)
    .values({ workspaceId, userId, ...values, createdUser: createdUser ?? false })
    .onConflictDoUpdate({ target: [scimUsers.workspaceId, scimUsers.userId], set: { ...values, ...(createdUser === undefined ? {} : { createdUser }) } });
}

/**
 * POST /Users: a membership with the workspace's default role (the SSO connection's JIT default role, else member)
 * within the member quota. An unknown address gets an account (and its personal workspace), which signs in by SSO or
 * email link; a person removed earlier may come back (the identity provider's admin provisioned them). `active: false`
 * provisions them suspended.
 */
export async function createScimUser(ctx: ScimContext, input: ScimUserInput): Promise<ScimUser> {
  const { tx, auth } = ctx;
  const workspaceId = auth.workspace.id;
  const email = emailOf(input);
  const name = nameOf(input);
  let [user] = await tx.select().from(users).where(eq(users.email, email)).limit(1);
  if (user?.serviceAccount) throw scimError(409, "uniqueness", "That address belongs to a service account.");
  if (user) {
    const [existing] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, user.id)))
      .limit(1);
    if (existing) throw scimError(409, "uniqueness", `${email} is already a member of this workspace.`);
  }
  await assertMemberQuota(tx, workspaceId, 1);
  const createdUser = !user;
  if (!user) {
    [user] = await tx.insert(users).values({ email, name }).returning();
    await createPersonalWorkspace(tx, user);
  }
  const role = await defaultRole(tx, workspaceId);
  await clearRemoval(tx, workspaceId, user.id);
  await addMember(tx, workspaceId, user.id, role);
  await saveScimUser(tx, workspaceId, user.id, input, createdUser);
  await recordActivity(tx, {
    workspaceId,
    actor: SCIM_ACTOR,
    action: "member.provisioned",
    target: { type: "user", id: user.id, label: email },
    metadata: { role, ...(createdUser ? { newAccount: true } : {}), ...scimVia(auth.token) },
  });
  if (input.active === false) {
    const target = await getTargetMember(tx, workspaceId, user.id);
    await applySuspension(tx, change(ctx), target);
  }
  return readScimUser(ctx, user.id);
}

async function scimTarget(ctx: ScimContext, userId: string): Promise<TargetMember> {
  try {
    const target = await getTargetMember(ctx.tx, ctx.auth.workspace.id, userId);
    if (!target.serviceAccount && target.email) return target;
  } catch (error) {
    if (!(error instanceof AppError && error.code === "NOT_FOUND")) throw error;
  }
  throw scimError(404, "", `User ${userId} not found.`);
}

/**
 * Whether provisioning manages the person's account (their name and address): it created the account, and they
 * belong to no other shared workspace (whose people know them by that address).
 */
async function managesAccount(tx: Tx, workspaceId: string, userId: string): Promise<boolean> {
  const [row] = await tx
    .select({ createdUser: scimUsers.createdUser })
    .from(scimUsers)
    .where(and(eq(scimUsers.workspaceId, workspaceId), eq(scimUsers.userId, userId)));
  if (!row?.createdUser) return false;
  const [{ others }] = await tx
    .select({ others: count() })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(and(eq(memberships.userId, userId), ne(memberships.workspaceId, workspaceId), eq(workspaces.personal, false)));
  return others === 0;
}

/**
 * PUT and PATCH /Users/<id> (scimmy applied a PATCH to the current User first): `active` false suspends, true
 * reactivates (the last active owner is never suspended); externalId and the name parts are kept. The name and the
 * address change only on an account provisioning manages (managesAccount); another person's address is refused
 * (mutability), their name kept (it is theirs to set).
 */
export async function updateScimUser(ctx: ScimContext, userId: string, input: ScimUserInput): Promise<ScimUser> {
  const { tx, auth } = ctx;
  const workspaceId = auth.workspace.id;
  const target = await scimTarget(ctx, userId);
  const [current] = await tx.select({ email: users.email, name: users.name }).from(users).where(eq(users.id, userId));
  const email = input.userName === undefined && !input.emails?.length ? current.email! : emailOf(input, current.email!);
  const name = nameOf(input);
  const emailChanged = email !== current.email;
  const nameChanged = name !== null && name !== current.name;
  if (emailChanged || nameChanged) {
    const managed = await managesAccount(tx, workspaceId, userId);
    if (emailChanged && !managed) {
      throw scimError(400, "mutability", "This person's account is not managed by this workspace's provisioning (it belongs to other workspaces too): their email address cannot be changed by SCIM.");
    }
    if (managed) {
      if (emailChanged) {
        const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
        if (taken) throw scimError(409, "uniqueness", `${email} is already another person's address.`);
      }
      await tx
        .update(users)
        .set({ ...(emailChanged ? { email, emailVerified: null } : {}), ...(nameChanged ? { name } : {}) })
        .where(eq(users.id, userId));
      await recordActivity(tx, {
        workspaceId,
        actor: SCIM_ACTOR,
        action: "member.profile_provisioned",
        target: { type: "user", id: userId, label: email },
        metadata: {
          ...(emailChanged ? { fromEmail: current.email, toEmail: email } : {}),
          ...(nameChanged ? { from: current.name, to: name } : {}),
          ...scimVia(auth.token),
        },
      });
    }
  }
  await saveScimUser(tx, workspaceId, userId, input);
  const moved = emailChanged ? { ...target, email, label: email } : target;
  if (input.active === false && moved.active) {
    assertScimMayEndAccess(moved, moved.role === "owner" ? await countActiveOwners(tx, workspaceId) : 0);
    const { notice } = await applySuspension(tx, change(ctx), moved);
    if (notice) ctx.notices.push(notice);
  } else if (input.active === true && !moved.active) {
    const { notice } = await applyReactivation(tx, change(ctx), moved);
    if (notice) ctx.notices.push(notice);
  }
  return readScimUser(ctx, userId);
}

/**
 * DELETE /Users/<id>: removes the membership as removeMember does (tokens revoked, invitations and links they made
 * revoked, the removal recorded), never the last active owner; the person's account stays.
 */
export async function deleteScimUser(ctx: ScimContext, userId: string): Promise<void> {
  const { tx, auth } = ctx;
  const target = await scimTarget(ctx, userId);
  assertScimMayEndAccess(target, target.role === "owner" ? await countActiveOwners(tx, auth.workspace.id) : 0);
  const { notice } = await applyRemoval(tx, change(ctx), target);
  if (notice) ctx.notices.push(notice);
  await tx.delete(scimUsers).where(and(eq(scimUsers.workspaceId, auth.workspace.id), eq(scimUsers.userId, userId)));
  await tx
    .delete(scimGroupMembers)
    .where(and(eq(scimGroupMembers.userId, userId), inArray(scimGroupMembers.groupId, tx.select({ id: scimGroups.id }).from(scimGroups).where(eq(scimGroups.workspaceId, auth.workspace.id)))));
}
