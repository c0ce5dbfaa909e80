import type { Role } from "@/db/schema";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format-date";
import type { ActivityRow } from "./list-activity";
import type { ActivityAction } from "./schemas";

/** One label per action: the compiler refuses a missing or an unknown one. */
export const ACTION_LABELS: Record<ActivityAction, string> = {
  "workspace.created": "Created the workspace",
  "workspace.renamed": "Renamed the workspace",
  "workspace.deleted": "Deleted the workspace",
  "workspace.deletion_scheduled": "Scheduled the workspace for deletion",
  "workspace.restored": "Restored the workspace",
  "workspace.ownership_transferred": "Transferred ownership",
  "workspace.logo_changed": "Changed the logo",
  "workspace.logo_removed": "Removed the logo",
  "member.role_changed": "Changed a role",
  "member.removed": "Removed a member",
  "member.left": "Left the workspace",
  "member.account_deleted": "Deleted their account",
  "member.suspended": "Suspended a member",
  "member.reactivated": "Reactivated a member",
  "member.access_until_changed": "Changed a member's access end date",
  "member.access_ended": "A member's access ended",
  "invitation.created": "Invited",
  "invitation.resent": "Resent an invitation",
  "invitation.revoked": "Revoked an invitation",
  "invitation.restored": "Restored an invitation",
  "invitation.accepted": "Accepted an invitation",
  "invitation.declined": "Declined an invitation",
  "invite_link.created": "Created an invite link",
  "invite_link.revoked": "Revoked an invite link",
  "invite_link.restored": "Restored an invite link",
  "invite_link.used": "Joined with an invite link",
  "auto_join.enabled": "Enabled auto-join",
  "auto_join.disabled": "Disabled auto-join",
  "auto_join.domain_added": "Added a domain",
  "auto_join.domain_removed": "Removed a domain",
  "auto_join.joined": "Joined automatically",
  "auto_join.github_linked": "Linked a GitHub organization",
  "auto_join.github_paused": "Paused the GitHub organization link",
  "domain.verified": "Verified a domain",
  "domain.unverified": "A domain lost its verification",
  "token.created": "Created an API token",
  "token.updated": "Updated an API token",
  "token.revoked": "Revoked an API token",
  "personal_token.created": "Created a personal access token",
  "personal_token.updated": "Updated a personal access token",
  "personal_token.revoked": "Revoked a personal access token",
  "profile.updated": "Changed their display name",
  "profile.avatar_changed": "Changed their avatar",
  "profile.avatar_removed": "Removed their avatar",
  "service_account.created": "Created a service account",
  "service_account.removed": "Removed a service account",
  "device.approved": "Approved a CLI login",
  "device.denied": "Denied a CLI login",
  "sso.connection_created": "Added an SSO connection",
  "sso.connection_updated": "Changed the SSO connection",
  "sso.connection_enabled": "Enabled the SSO connection",
  "sso.connection_disabled": "Disabled the SSO connection",
  "sso.connection_deleted": "Deleted the SSO connection",
  "sso.connection_tested": "Tested the SSO connection",
  "sso.required": "Required SSO",
  "sso.not_required": "Stopped requiring SSO",
  "sso.joined": "Joined through SSO",
  "access.closed": "Closed every open door",
  "join_request.created": "Requested to join",
  "join_request.approved": "Approved a request to join",
  "join_request.declined": "Declined a request to join",
  "member.provisioned": "Provisioned a member",
  "member.profile_provisioned": "Updated a member's name or email",
  "scim.token_created": "Created a SCIM token",
  "scim.token_revoked": "Revoked a SCIM token",
  "scim.group_created": "Created a SCIM group",
  "scim.group_updated": "Changed a SCIM group",
  "scim.group_deleted": "Deleted a SCIM group",
  "webhook.endpoint_created": "Added a webhook endpoint",
  "webhook.endpoint_updated": "Changed a webhook endpoint",
  "webhook.endpoint_deleted": "Deleted a webhook endpoint",
  "webhook.secret_rotated": "Rotated a webhook signing secret",
  "webhook.endpoint_disabled": "A webhook endpoint was disabled",
};

/** Any stored action, also one no longer written: an unknown one is shown as it is. */
export function actionLabel(action: string): string {
  return (ACTION_LABELS as Partial<Record<string, string>>)[action] ?? action;
}

const roleLabel = (value: unknown) => (typeof value === "string" && value in ROLE_LABELS ? ROLE_LABELS[value as Role] : null);

/** A short human summary of an event's metadata ("Member → Manager", "“Old” → “New”", "Role: Viewer"). */
export function eventDetail(event: Pick<ActivityRow, "action" | "metadata" | "actor">): string | null {
  const m = event.metadata;
  const from = roleLabel(m.from);
  const to = roleLabel(m.to);
  if (from && to) return `${from} → ${to}`;
  if (event.action === "workspace.renamed" && typeof m.from === "string" && typeof m.to === "string") return `“${m.from}” → “${m.to}”`;
  if (event.action === "profile.updated") {
    const quoted = (value: unknown) => (typeof value === "string" && value ? `“${value}”` : "(none)");
    return `${quoted(m.from)} → ${quoted(m.to)}`;
  }
  const parts: string[] = [];
  const role = roleLabel(m.role);
  if (role) parts.push(`Role: ${role}`);
  // An answered invitation names who sent it: they are the one it concerns.
  if (typeof m.invitedBy === "string" && event.action.startsWith("invitation.") && m.invitedById !== event.actor.id) parts.push(`Invited by ${m.invitedBy}`);
  // Events before the holder rename stored `owner` / `ownerId`.
  const holder = m.holder ?? m.owner;
  if (typeof holder === "string" && event.action.startsWith("token.") && (m.holderId ?? m.ownerId) !== event.actor.id) parts.push(`Holder: ${holder}`);
  if (typeof m.domain === "string") parts.push(m.domain);
  if (m.method === "dns") parts.push("Proven through DNS");
  if (m.method === "email") parts.push("Proven by an email address");
  if (m.reason === "record-missing" && typeof m.record === "string") parts.push(`${m.record} not found`);
  if (event.action.startsWith("auto_join.github_") && typeof m.githubOrganization === "string") parts.push(m.githubOrganization);
  if (m.via === "device" && typeof m.client === "string") parts.push(`CLI login on ${m.client}`);
  if (m.via === "sso" && typeof m.connection === "string") parts.push(`Through ${m.connection}`);
  if (m.via === "scim") parts.push(typeof m.scimToken === "string" ? `Through SCIM (${m.scimToken})` : "Through SCIM");
  if (event.action === "member.access_until_changed" || event.action === "member.access_ended") {
    const at = typeof m.accessUntil === "string" ? new Date(m.accessUntil) : null;
    parts.push(at && !Number.isNaN(at.getTime()) ? `Until ${at.toISOString().slice(0, 16).replace("T", " ")} UTC` : "No end date");
  }
  if (event.action === "device.approved" && m.scope === "all workspaces") parts.push("All workspaces");
  if (event.action === "workspace.deletion_scheduled" && typeof m.purgeAt === "string") parts.push(`Deleted for good on ${formatDate(m.purgeAt)}`);
  if (event.action.startsWith("join_request.") && m.via === "invite-link") parts.push("Through an invite link that no longer works");
  if (event.action.startsWith("join_request.") && m.via === "domain") parts.push("By email domain");
  return parts.length ? parts.join(" · ") : null;
}
