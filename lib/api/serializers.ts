import type { Role } from "@/db/schema";
import type { WorkspaceSummary } from "@/lib/auth/membership-columns";
import type { ActivityRow } from "@/lib/activity/list-activity";
import type { MemberRow } from "@/lib/members/list-members";
import type { createInviteLink } from "@/lib/invitations/create-invite-link";
import type { PendingInvitation } from "@/lib/invitations/list-invitations";
import type { InviteLinkSummary } from "@/lib/invitations/list-invite-links";
import type { ActivityEventJson, CreatedInviteLinkJson, InvitationJson, InviteLinkJson, MemberJson, WorkspaceJson } from "./schemas";

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
  return { id: m.userId, name: m.name, email: m.email, role: m.role, serviceAccount: m.serviceAccount, joinedAt: m.joinedAt.toISOString() };
}

export function activityEventJson(e: ActivityRow): ActivityEventJson {
  return { ...e, createdAt: e.createdAt.toISOString() };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function invitationJson(i: PendingInvitation): InvitationJson {
  return { id: i.id, email: i.email, role: i.role, inviter: i.inviter, createdAt: i.createdAt.toISOString(), expiresAt: i.expiresAt.toISOString(), expired: i.expired };
}

export function inviteLinkJson(l: InviteLinkSummary): InviteLinkJson {
  return { ...l, expiresAt: iso(l.expiresAt), createdAt: l.createdAt.toISOString() };
}

export function createdInviteLinkJson(l: Awaited<ReturnType<typeof createInviteLink>>): CreatedInviteLinkJson {
  return { id: l.id, role: l.role, expiresAt: iso(l.expiresAt), maxUses: l.maxUses, allowedDomains: l.allowedDomains, url: l.url };
}
