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

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * A bound of the date range: a date (UTC; `from` is its start, `to` its end, so both days are included) or an ISO
 * date-time with its offset (`to` excludes it). Anything else is refused before SQL.
 */
function rangeBound(name: "From" | "To") {
  const day = name === "To" ? 1 : 0;
  return z
    .string()
    .trim()
    .max(40, `${name} is too long.`)
    .transform((v, ctx) => {
      if (v === "") return undefined;
      const d = DAY.exec(v);
      const at = d ? new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]) + day)) : INSTANT.test(v) ? new Date(v) : null;
      const real = at && !Number.isNaN(at.getTime()) && (!d || new Date(at.getTime() - day * 86_400_000).toISOString().slice(0, 10) === v);
      if (!real || at.getUTCFullYear() < 1 || at.getUTCFullYear() > 9999) {
        ctx.addIssue({ code: "custom", message: `${name} must be a date (2026-01-31) or a date and time (2026-01-31T18:00:00Z).` });
        return z.NEVER;
      }
      return at;
    })
    .optional();
}

/** The filters the activity page, the list, the export and their API share (a date range, action, actor, target text). */
export const activityFilterSchema = z.object({
  from: rangeBound("From").meta({ description: "Only events at or after this date (UTC, e.g. `2026-01-31`) or date-time (`2026-01-31T18:00:00Z`)." }),
  to: rangeBound("To").meta({ description: "Only events up to this date, included (UTC), or before this date-time." }),
  q: z
    .string()
    .trim()
    .max(200, "Search is too long.")
    .optional()
    .meta({ description: "Only events whose target (its label or id) contains this text, ignoring case." }),

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
});

export const listActivitySchema = activityFilterSchema.extend({
  cursor: activityCursorSchema.optional(),
  limit: z.coerce
    .number({ error: "Limit must be a number." })
    .int("Limit must be a whole number.")
    .min(1, "Limit must be at least 1.")
    .max(100, "Limit must be at most 100.")
    .optional()
    .default(50),
});

export const exportActivitySchema = activityFilterSchema.extend({
  format: z
    .enum(["csv", "ndjson"], { error: 'Format must be "csv" or "ndjson".' })
    .optional()
    .default("csv")
    .meta({ description: "`csv` (RFC 4180, a header row, cells that a spreadsheet would run as formulas prefixed with `'`) or `ndjson` (one JSON event per line)." }),
});
