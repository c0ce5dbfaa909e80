import type { Role } from "@/db/schema";
import type { WorkspaceSummary } from "@/lib/auth/membership-columns";
import type { ActivityRow } from "@/lib/activity/list-activity";
import type { ChainVerification } from "@/lib/activity/verify-activity";
import type { MemberRow } from "@/lib/members/list-members";
import type { createInviteLink } from "@/lib/invitations/create-invite-link";
import type { PendingInvitation } from "@/lib/invitations/list-invitations";
import type { InviteLinkSummary } from "@/lib/invitations/list-invite-links";
import type { MyInvitation } from "@/lib/invitations/list-my-invitations";
import type { ServiceAccountRow } from "@/lib/service-accounts/list-service-accounts";
import type { TokenIdentity } from "@/lib/tokens/get-token-identity";
import type { CreatedToken } from "@/lib/tokens/insert-token";
import type { TokenRow } from "@/lib/tokens/token-row";
import type { PendingJoinRequest } from "@/lib/join-requests/list-join-requests";
import type {
  ActivityEventJson,
  ChainVerificationJson,
  CreatedInviteLinkJson,
  IdentityJson,
  InvitationJson,
  InviteLinkJson,
  MemberJson,
  MyInvitationJson,
  ServiceAccountJson,
  TokenJson,
  WorkspaceJson,
} from "./schemas";

export function workspaceJson(workspace: WorkspaceSummary, role: Role): WorkspaceJson {
  return {
    id: workspace.id,
    slug: workspace.slug,
    displayName: workspace.displayName,
    personal: workspace.personal,
    region: workspace.region,
    createdAt: workspace.createdAt.toISOString(),
    role,
  };
}

export function memberJson(m: MemberRow): MemberJson {
  return {
    id: m.userId,
    name: m.name,
    email: m.email,
    role: m.role,
    serviceAccount: m.serviceAccount,
    joinedAt: m.joinedAt.toISOString(),
    status: m.active ? "active" : "suspended",
    suspendedAt: m.suspendedAt ? m.suspendedAt.toISOString() : null,
    accessUntil: m.accessUntil ? m.accessUntil.toISOString() : null,
  };
}

export function activityEventJson(e: ActivityRow): ActivityEventJson {
  return { ...e, createdAt: e.createdAt.toISOString() };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function chainVerificationJson(v: ChainVerification): ChainVerificationJson {
  return { ...v, firstBreak: v.firstBreak ? { ...v.firstBreak, createdAt: iso(v.firstBreak.createdAt) } : null };
}

export function invitationJson(i: PendingInvitation): InvitationJson {
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    inviter: i.inviter,
    createdAt: i.createdAt.toISOString(),
    expiresAt: i.expiresAt.toISOString(),
    expired: i.expired,
    accessUntil: iso(i.accessUntil),
  };
}

export function inviteLinkJson(l: InviteLinkSummary): InviteLinkJson {
  return { ...l, expiresAt: iso(l.expiresAt), accessUntil: iso(l.accessUntil), createdAt: l.createdAt.toISOString() };
}

export function createdInviteLinkJson(l: Awaited<ReturnType<typeof createInviteLink>>): CreatedInviteLinkJson {
  return { id: l.id, role: l.role, expiresAt: iso(l.expiresAt), maxUses: l.maxUses, allowedDomains: l.allowedDomains, accessUntil: iso(l.accessUntil), url: l.url };
}

export function tokenJson(t: TokenRow): TokenJson {
  return {
    id: t.id,
    name: t.name,
    displayPrefix: t.displayPrefix,
    role: t.role,
    holder: { id: t.holderId, label: t.holderLabel, serviceAccount: t.holderServiceAccount },
    createdAt: t.createdAt.toISOString(),
    expiresAt: iso(t.expiresAt),
    lastUsedAt: iso(t.lastUsedAt),
  };
}

/** A new token with its secret: the only response that ever carries it. */
export const createdTokenJson = (t: CreatedToken) => ({ ...tokenJson(t), token: t.token });

export const updatedTokenJson = (t: TokenRow & { changed: boolean }) => ({ ...tokenJson(t), changed: t.changed });

export function serviceAccountJson(a: ServiceAccountRow): ServiceAccountJson {
  return { id: a.userId, name: a.name, role: a.role, joinedAt: a.joinedAt.toISOString(), liveTokens: a.liveTokens };
}

export function myInvitationJson(i: MyInvitation): MyInvitationJson {
  return { id: i.id, workspace: { slug: i.workspaceSlug, displayName: i.workspaceName }, role: i.role, inviter: i.inviter, expiresAt: i.expiresAt.toISOString() };
}

export function identityJson(me: TokenIdentity): IdentityJson {
  return {
    holder: me.holder,
    token: me.token && { ...me.token, expiresAt: iso(me.token.expiresAt) },
    workspace: me.workspace ? workspaceJson(me.workspace.summary, me.workspace.role) : null,
    role: me.workspace?.role ?? null,
  };
}

export function joinRequestJson(r: PendingJoinRequest) {
  return { ...r, createdAt: r.createdAt.toISOString() };
}
