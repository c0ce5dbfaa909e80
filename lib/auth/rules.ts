import { AppError, forbidden } from "@/lib/errors";
import type { Caller } from "./caller";
import { can, lowerRole, ROLE_LABELS, ROLE_RANK, ROLES, type Role } from "./permissions";

/** The roles `actorRole` may hand out: an owner any, a manager manager/member/viewer, others none. */
export function assignableRoles(actorRole: Role): Role[] {
  if (actorRole === "owner") return ["owner", "manager", "member", "viewer"];
  if (actorRole === "manager") return ["manager", "member", "viewer"];
  return [];
}

/** Whether `actorRole` may change or remove a member holding `targetRole` (the UI shows controls only then). */
export function canManageMember(actorRole: Role, targetRole: Role): boolean {
  return actorRole === "owner" || (actorRole === "manager" && targetRole !== "owner");
}

/** Only an owner grants, changes or removes the owner role; a manager assigns manager, member or viewer. */
export function assertCanAssignRole(actorRole: Role, newRole: Role): void {
  if (assignableRoles(actorRole).includes(newRole)) return;
  throw forbidden(
    actorRole === "manager" ? "Only an owner can grant the owner role." : "You do not have permission to assign roles.",
  );
}

/** Owners act on anyone; managers only on non-owners; members and viewers on nobody. */
export function assertCanManageMember(actorRole: Role, targetRole: Role): void {
  if (canManageMember(actorRole, targetRole)) return;
  throw forbidden(actorRole === "manager" ? "Only an owner can change or remove an owner." : "You do not have permission to manage members.");
}

/**
 * A shared workspace always keeps at least one active owner (not suspended, not past an end date). `activeOwnerCount`
 * counts them; a target that is not active itself (a suspended owner) can always be changed or removed.
 */
export function assertNotLastOwner(activeOwnerCount: number, targetRole: Role, targetActive = true): void {
  if (targetRole === "owner" && targetActive && activeOwnerCount <= 1) {
    throw new AppError(
      "LAST_OWNER",
      "A workspace must keep at least one owner. Transfer ownership to another member or delete the workspace.",
    );
  }
}

/** Whether a member may leave a workspace, and if not why: the UI shows the reason on a disabled "Leave". */
export type LeaveRule = { allowed: true } | { allowed: false; code: "FORBIDDEN" | "LAST_OWNER"; reason: string };

export const LAST_OWNER_LEAVE_REASON = "You are its only owner. Transfer ownership to another member before you leave, or delete the workspace.";

/**
 * Leaving: never a personal workspace, never by its last owner (the workspace would have no owner). `ownerCount`
 * matters only for an owner; unknown, an owner counts as the last one (the safe side). leaveWorkspace asserts it.
 */
export function leaveWorkspaceRule(workspace: { personal: boolean }, role: Role, ownerCount?: number): LeaveRule {
  if (workspace.personal) return { allowed: false, code: "FORBIDDEN", reason: "A personal workspace cannot be left." };
  if (role === "owner" && (ownerCount ?? 1) <= 1) return { allowed: false, code: "LAST_OWNER", reason: LAST_OWNER_LEAVE_REASON };
  return { allowed: true };
}

export function assertCanLeaveWorkspace(workspace: { personal: boolean }, role: Role, ownerCount: number): void {
  const rule = leaveWorkspaceRule(workspace, role, ownerCount);
  if (!rule.allowed) throw new AppError(rule.code, rule.reason);
}

/** A personal workspace can never be deleted, left or shared. */
export function assertNotPersonal(workspace: { personal: boolean }, what: string): void {
  if (workspace.personal) throw forbidden(`A personal workspace cannot be ${what}.`);
}

/** Why a member may not leave a workspace, for callers that branch on it (the account page, account deletion). */
export type LeaveRefusal = "personal" | "last-owner";

/** leaveWorkspaceRule's refusal as a kind, or null when the member may leave. */
export function leaveRefusal(workspace: { personal: boolean }, role: Role, ownerCount: number): LeaveRefusal | null {
  const rule = leaveWorkspaceRule(workspace, role, ownerCount);
  if (rule.allowed) return null;
  return rule.code === "LAST_OWNER" ? "last-owner" : "personal";
}

/** Whether `actor` may suspend `target`, and if not why (the members page shows the reason; suspendMember asserts it). */
export type SuspendRule = { allowed: true } | { allowed: false; code: "FORBIDDEN" | "LAST_OWNER"; reason: string };

export const LAST_OWNER_SUSPEND_REASON = "This is the workspace's last active owner. Make another member an owner first.";

/**
 * Suspending: owners suspend anyone, managers non-owners (canManageMember), nobody themselves (that is "leave"), never
 * the last active owner. Reactivating follows the same who-may-act rule, without the owner count.
 */
export function suspendRule(actor: { userId: string; role: Role }, target: { userId: string; role: Role; active: boolean }, activeOwnerCount: number): SuspendRule {
  if (!can(actor.role, "members:suspend")) return { allowed: false, code: "FORBIDDEN", reason: "You do not have permission to suspend members." };
  if (actor.userId === target.userId) return { allowed: false, code: "FORBIDDEN", reason: "You cannot suspend yourself. To step away, leave the workspace." };
  if (!canManageMember(actor.role, target.role)) return { allowed: false, code: "FORBIDDEN", reason: "Only an owner can suspend or reactivate an owner." };
  if (target.role === "owner" && target.active && activeOwnerCount <= 1) return { allowed: false, code: "LAST_OWNER", reason: LAST_OWNER_SUSPEND_REASON };
  return { allowed: true };
}

export function assertCanSuspend(actor: { userId: string; role: Role }, target: { userId: string; role: Role; active: boolean }, activeOwnerCount: number): void {
  const rule = suspendRule(actor, target, activeOwnerCount);
  if (!rule.allowed) throw new AppError(rule.code, rule.reason);
}

/** Reactivating: who may suspend a member may reactivate them (yourself never: a suspended member cannot act here). */
export function assertCanReactivate(actor: { userId: string; role: Role }, target: { userId: string; role: Role }): void {
  const rule = suspendRule(actor, { ...target, active: false }, 0);
  if (!rule.allowed) throw new AppError(rule.code, rule.reason);
}

export const OWNER_ACCESS_UNTIL_REASON = "An owner's access never ends on a date. Change their role first, or suspend them.";

/**
 * An end date ("access until") is set by those who manage the member (owners; managers for non-owners), never on an
 * owner (so expiry can never leave a workspace without an active owner) and never on yourself.
 */
export function assertCanSetAccessUntil(actor: { userId: string; role: Role }, target: { userId: string; role: Role }, accessUntil: Date | null): void {
  if (!can(actor.role, "members:set-access-until")) throw forbidden("You do not have permission to change members' access.");
  if (actor.userId === target.userId) throw forbidden("You cannot change your own access end date.");
  assertCanManageMember(actor.role, target.role);
  if (accessUntil && target.role === "owner") throw new AppError("VALIDATION", OWNER_ACCESS_UNTIL_REASON, { accessUntil: [OWNER_ACCESS_UNTIL_REASON] });
}

/** An invitation or invite link that gives an end date never grants the owner role (an owner's access never ends on a date). */
export function assertAccessUntilFitsRole(role: Role, accessUntil: Date | null | undefined): void {
  if (accessUntil && role === "owner") throw new AppError("VALIDATION", OWNER_ACCESS_UNTIL_REASON, { accessUntil: [OWNER_ACCESS_UNTIL_REASON] });
}

export type MemberControls = {
  roleOptions: Role[];
  canChangeRole: boolean;
  canRemove: boolean;
  canTransferOwnership: boolean;
  /** Suspend is offered (an active member the viewer manages, not themselves). */
  canSuspend: boolean;
  /** Why Suspend is shown disabled (the last active owner), else null. */
  suspendReason: string | null;
  /** Reactivate is offered (a suspended or ended membership the viewer manages). */
  canReactivate: boolean;
  /** The end date ("access until") may be edited: a non-owner the viewer manages, not themselves. */
  canSetAccessUntil: boolean;
};

/**
 * What a viewer may do to one member row (the members page shows exactly these controls; the domain asserts the same
 * rules: assertCanManageMember, assertCanAssignRole, assertNotLastOwner, suspendRule, assertCanSetAccessUntil).
 * Yourself: only an owner may step down, while another active owner remains; nobody removes, suspends, transfers to or
 * sets an end date on themselves. `ownerCount` (active owners) matters only for owners; unknown, an owner counts as the
 * last one (the safe side). A target without `active` is taken as active; ownership never goes to an inactive member.
 */
export function memberControls(
  viewer: { userId: string; role: Role },
  target: { userId: string; role: Role; serviceAccount: boolean; active?: boolean },
  ownerCount?: number,
): MemberControls {
  const self = target.userId === viewer.userId;
  const manages = canManageMember(viewer.role, target.role);
  const owners = ownerCount ?? 1;
  const active = target.active ?? true;
  const lastOwner = target.role === "owner" && active && owners <= 1;
  const suspend = suspendRule(viewer, { ...target, active }, owners);
  const mayAct = !self && can(viewer.role, "members:suspend") && manages;
  return {
    roleOptions: self ? [...ROLES] : assignableRoles(viewer.role),
    canChangeRole: self ? viewer.role === "owner" && owners > 1 : can(viewer.role, "members:update-role") && manages,
    canRemove: !self && can(viewer.role, "members:remove") && manages && !lastOwner,
    canTransferOwnership: !self && active && can(viewer.role, "workspace:transfer-ownership") && !target.serviceAccount && target.role !== "owner",
    canSuspend: active && mayAct,
    suspendReason: active && mayAct && !suspend.allowed ? suspend.reason : null,
    canReactivate: !active && mayAct,
    canSetAccessUntil: !self && can(viewer.role, "members:set-access-until") && manages && target.role !== "owner",
  };
}

/** The role ceilings a token may get: up to the creator's own role and (for a service account's token) its holder's role. */
export function tokenRoleOptions(creatorRole: Role, holderRole: Role = creatorRole): Role[] {
  const ceiling = lowerRole(creatorRole, holderRole);
  return ROLES.filter((r) => ROLE_RANK[r] <= ROLE_RANK[ceiling]);
}

/** The role a new token's form starts on: member (the lowest useful role) when offered, else the highest offered below it. */
export function defaultTokenRole(options: readonly Role[]): Role | undefined {
  if (options.includes("member")) return "member";
  return options.find((r) => ROLE_RANK[r] < ROLE_RANK.member) ?? options[0];
}

/** A token's role is never above its creator's role. */
export function assertTokenRole(creatorRole: Role, role: Role): void {
  if (tokenRoleOptions(creatorRole).includes(role)) return;
  throw new AppError("FORBIDDEN", `A token's role cannot be higher than your own role (${ROLE_LABELS[creatorRole]}).`, {
    role: [`Choose ${ROLE_LABELS[creatorRole]} or lower.`],
  });
}

/**
 * Updating a token only narrows it: its role may go down, never above its current role nor the updater's own role (the
 * same options tokenRoleOptions offers a creator for that holder). updateToken asserts it.
 */
export function assertTokenRoleNotRaised(updaterRole: Role, currentRole: Role, nextRole: Role): void {
  if (tokenRoleOptions(updaterRole, currentRole).includes(nextRole)) return;
  const limit = lowerRole(updaterRole, currentRole);
  const message =
    ROLE_RANK[nextRole] > ROLE_RANK[currentRole]
      ? `A token's role can only be lowered; this one is ${ROLE_LABELS[currentRole]}.`
      : `A token's role cannot be higher than your own role (${ROLE_LABELS[updaterRole]}).`;
  throw new AppError("FORBIDDEN", message, { role: [`Choose ${ROLE_LABELS[limit]} or lower.`] });
}

/** A token's expiry may come sooner, never later (one that never expires may be given an expiry). */
export function assertTokenExpiryNotExtended(currentExpiresAt: Date | null, nextExpiresAt: Date): void {
  if (currentExpiresAt === null || nextExpiresAt.getTime() <= currentExpiresAt.getTime()) return;
  const message = "A token's expiry can only be brought forward, never moved later.";
  throw new AppError("FORBIDDEN", message, { expiresAt: [`Choose ${currentExpiresAt.toISOString()} or earlier.`] });
}

/**
 * A token never outlives the token that creates it: through a token, the new token expires at the earlier of the
 * expiry asked for and the calling token's own (a leaked token cannot extend its reach in time). A person signed in
 * gets the expiry they asked for. createToken and createPersonalToken apply it.
 */
export function mintedTokenExpiry(caller: Caller, requested: Date | null): Date | null {
  const limit = caller.kind === "token" ? (caller.tokenExpiresAt ?? null) : null;
  if (limit === null) return requested;
  return requested === null || requested.getTime() > limit.getTime() ? limit : requested;
}

/**
 * Leaving is a person's act: a service account is removed by an owner or manager (DELETE /service-accounts/{id}),
 * never leaves through its own token. leaveWorkspace asserts it.
 */
export function assertMayLeave(caller: Caller): void {
  if (caller.serviceAccount) throw forbidden("A service account cannot leave a workspace; an owner or manager removes it.");
}

/** The roles a viewer may give a service account: what they may assign, but never owner. */
export type ServiceAccountRole = Exclude<Role, "owner">;

export function serviceAccountRoleOptions(actorRole: Role): ServiceAccountRole[] {
  return assignableRoles(actorRole).filter((r): r is ServiceAccountRole => r !== "owner");
}

/**
 * What a caller may do as a person, outside one workspace. `account`: their own account (list and create workspaces;
 * list, create, update and revoke personal access tokens; list, accept and decline the email invitations sent to
 * them): a signed-in session or a personal access token, never a workspace token (its holder acts inside one
 * workspace). `interactive`: joining by auto-join or an invite link's token, changing the profile, deleting the
 * account: only the person signed in, never any token. A token a token creates never outlives it (mintedTokenExpiry).
 */
export function assertPerson(caller: Caller, scope: "account" | "interactive", message: string): void {
  const allowed = scope === "account" ? !caller.workspaceId : caller.kind === "user";
  if (!allowed) throw forbidden(message);
}

/**
 * How long a revoked invitation or invite link can be restored ("Undo"): the toast offers it for seconds, the server
 * accepts it for minutes, so a slow reply or a second thought still lands; later, send a new one.
 */
export const RESTORE_WINDOW_MINUTES = 10;

/** A revocation to undo: when it happened, and what the invitation or link would still allow if restored. */
export type Revoked = { revokedAt: Date; expiresAt: Date | null; maxUses?: number | null; useCount?: number };

/**
 * Restoring is undoing a revocation: only within RESTORE_WINDOW_MINUTES of it, and only while the invitation or link
 * would otherwise still work (unexpired, uses left). restoreInvitation and restoreInviteLink assert it, besides what
 * only the database knows (the address a member already, a newer invitation, the quota, the creator still a member).
 */
export function restoreRule(thing: "invitation" | "invite link", revoked: Revoked, now: Date): { allowed: true } | { allowed: false; reason: string } {
  if (now.getTime() - revoked.revokedAt.getTime() > RESTORE_WINDOW_MINUTES * 60_000) {
    return { allowed: false, reason: `This ${thing} was revoked more than ${RESTORE_WINDOW_MINUTES} minutes ago, so it can no longer be restored. Create a new one.` };
  }
  if (revoked.expiresAt && revoked.expiresAt.getTime() <= now.getTime()) {
    return { allowed: false, reason: `This ${thing} has expired, so it cannot be restored. Create a new one.` };
  }
  if (revoked.maxUses != null && (revoked.useCount ?? 0) >= revoked.maxUses) {
    return { allowed: false, reason: `This ${thing} has no uses left, so it cannot be restored. Create a new one.` };
  }
  return { allowed: true };
}

export function assertCanRestore(thing: "invitation" | "invite link", revoked: Revoked, now: Date): void {
  const rule = restoreRule(thing, revoked, now);
  if (!rule.allowed) throw new AppError("CONFLICT", rule.reason);
}

/**
 * "Require SSO" can be switched on only for a connection that is on and passed "Test connection" since its last change,
 * in a workspace with a DNS-verified domain (the addresses it applies to). setRequireSso asserts it; the Security page
 * shows the reason on the disabled switch.
 */
export function requireSsoRule(connection: { enabled: boolean; testedAt: Date | null }, verifiedDomains: number): { allowed: true } | { allowed: false; reason: string } {
  if (!connection.enabled) return { allowed: false, reason: "Turn the connection on first." };
  if (!connection.testedAt) return { allowed: false, reason: "Test the connection first: SSO can be required only after a successful test." };
  if (verifiedDomains === 0) return { allowed: false, reason: "Verify a domain through DNS first: SSO is required for addresses at the workspace's verified domains." };
  return { allowed: true };
}

/**
 * The role single sign-on gives a person: the highest role mapped to one of their IdP groups, else the connection's
 * default role. completeSsoSignIn applies it to new members, and to existing ones (never an owner) with "IdP manages roles".
 */
export function ssoRoleFor(connection: { defaultRole: Role; groupRoles: { group: string; role: Role }[] }, groups: readonly string[] = []): Role {
  const mapped = connection.groupRoles.filter((g) => groups.includes(g.group)).map((g) => g.role);
  return mapped.reduce<Role | null>((best, role) => (best === null || ROLE_RANK[role] > ROLE_RANK[best] ? role : best), null) ?? connection.defaultRole;
}

/**
 * SCIM (the identity provider, no person) suspends or removes any member, owners too, but never the last active
 * owner: the same invariant as suspendRule, without the who-may-act part (owners created its token).
 */
export function assertScimMayEndAccess(target: { role: Role; active: boolean }, activeOwnerCount: number): void {
  if (target.role === "owner" && target.active && activeOwnerCount <= 1) throw new AppError("LAST_OWNER", LAST_OWNER_SUSPEND_REASON);
}

/**
 * The role SCIM groups give a member: the highest role mapped (the SSO connection's group mapping) from the groups
 * they are in, else the connection's default role ("member" without a connection). Owners are left as they are:
 * the mapping never grants or takes the owner role (returns null: no change).
 */
export function scimGroupRole(connection: { defaultRole: Role; groupRoles: { group: string; role: Role }[] } | null, currentRole: Role, groups: readonly string[]): Role | null {
  if (currentRole === "owner") return null;
  const role = ssoRoleFor(connection ?? { defaultRole: "member", groupRoles: [] }, groups);
  return role === "owner" ? null : role;
}
