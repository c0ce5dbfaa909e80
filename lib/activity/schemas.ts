import { z } from "zod";

/**
 * Every action the domain layer records: recordActivity takes only these, each has a label (describe-event.ts), and the
 * activity filter offers them (an unknown value in the filter simply matches nothing).
 */
export const ACTIVITY_ACTIONS = [
  "workspace.created",
  "workspace.renamed",
  "workspace.deleted",
  "workspace.deletion_scheduled",
  "workspace.restored",
  "workspace.ownership_transferred",
  "workspace.logo_changed",
  "workspace.logo_removed",
  "member.role_changed",
  "member.removed",
  "member.left",
  "member.account_deleted",
  "member.suspended",
  "member.reactivated",
  "member.access_until_changed",
  "member.access_ended",
  "invitation.created",
  "invitation.resent",
  "invitation.revoked",
  "invitation.restored",
  "invitation.accepted",
  "invitation.declined",
  "invite_link.created",
  "invite_link.revoked",
  "invite_link.restored",
  "invite_link.used",
  "auto_join.enabled",
  "auto_join.disabled",
  "auto_join.domain_added",
  "auto_join.domain_removed",
  "auto_join.joined",
  "auto_join.github_linked",
  "auto_join.github_paused",
  "domain.verified",
  "domain.unverified",
  "token.created",
  "token.updated",
  "token.revoked",
  "personal_token.created",
  "personal_token.updated",
  "personal_token.revoked",
  "profile.updated",
  "profile.avatar_changed",
  "profile.avatar_removed",
  "service_account.created",
  "service_account.removed",
  "device.approved",
  "device.denied",
  "sso.connection_created",
  "sso.connection_updated",
  "sso.connection_enabled",
  "sso.connection_disabled",
  "sso.connection_deleted",
  "sso.connection_tested",
  "sso.required",
  "sso.not_required",
  "sso.joined",
  "access.closed",
  "join_request.created",
  "join_request.approved",
  "join_request.declined",
  "member.provisioned",
  "member.profile_provisioned",
  "scim.token_created",
  "scim.token_revoked",
  "scim.group_created",
  "scim.group_updated",
  "scim.group_deleted",
  "webhook.endpoint_created",
  "webhook.endpoint_updated",
  "webhook.endpoint_deleted",
  "webhook.secret_rotated",
  "webhook.endpoint_disabled",
] as const;

export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number];

export const activityCursorSchema = z
  .string()
  .max(200, "Invalid cursor.")
  .regex(/^[A-Za-z0-9_-]+$/, "Invalid cursor.")
  .meta({ description: "The `nextCursor` of the previous page." });

export const listActivitySchema = z.object({
  action: z
    .string()
    .trim()
    .max(64, "Action is too long.")
    .regex(/^[a-z_.]*$/, "Unknown action.")
    .optional()
    .meta({ description: "Only events with this action, e.g. `member.role_changed`." }),
  actor: z
    .string()
    .trim()
    .max(100, "Actor is too long.")
    .optional()
    .meta({ description: "Only events by this person or service account (a user id), in the app or through any of their tokens." }),
  cursor: activityCursorSchema.optional(),
  limit: z.coerce
    .number({ error: "Limit must be a number." })
    .int("Limit must be a whole number.")
    .min(1, "Limit must be at least 1.")
    .max(100, "Limit must be at most 100.")
    .optional()
    .default(50),
});
