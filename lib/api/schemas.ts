import { z } from "zod";
import { ROLES } from "@/db/schema";
import { ERROR_CODES } from "@/lib/errors";

/** Response shapes of /api/v1, documented in openapi.json; serializers.ts produces exactly these. */
const role = z.enum(ROLES);
const timestamp = z.iso.datetime({ offset: true }).meta({ description: "An ISO 8601 timestamp." });

export const workspaceSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    displayName: z.string(),
    personal: z.boolean(),
    region: z.string(),
    createdAt: timestamp,
    role: role.meta({ description: "The caller's effective role: the lower of the token's role and its holder's role." }),
  })
  .meta({ id: "Workspace" });

export const workspaceListSchema = z.object({ data: z.array(workspaceSchema) }).meta({ id: "WorkspaceList" });

export const memberSchema = z
  .object({
    id: z.string().meta({ description: "The member's user id (use it in /members/{id})." }),
    name: z.string().nullable(),
    email: z.string().nullable().meta({ description: "Null for a service account." }),
    role,
    serviceAccount: z.boolean(),
    joinedAt: timestamp,
  })
  .meta({ id: "Member" });

export const memberPageSchema = z
  .object({ data: z.array(memberSchema), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() })
  .meta({ id: "MemberPage" });

export const roleChangeSchema = z
  .object({ id: z.string(), role, changed: z.boolean() })
  .meta({ id: "RoleChange" });

export const activityEventSchema = z
  .object({
    id: z.number().int(),
    action: z.string(),
    actor: z.object({
      type: z.enum(["user", "service_account", "token", "system"]),
      id: z.string().nullable(),
      label: z.string(),
      token: z.object({ id: z.string(), name: z.string() }).nullable().meta({ description: "The API token the action came through." }),
    }),
    target: z.object({ type: z.string(), id: z.string().nullable(), label: z.string().nullable() }).nullable(),
    metadata: z.record(z.string(), z.unknown()),
    createdAt: timestamp,
  })
  .meta({ id: "ActivityEvent" });

export const activityPageSchema = z
  .object({ data: z.array(activityEventSchema), nextCursor: z.string().nullable() })
  .meta({ id: "ActivityPage" });

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.enum(ERROR_CODES),
    instance: z.string().optional(),
    errors: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Field errors (422)." }),
    requestId: z.string().optional().meta({ description: "The request's id (also the `X-Request-Id` header): quote it when reporting a problem." }),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details with a stable `code`." });

export type WorkspaceJson = z.input<typeof workspaceSchema>;
export type MemberJson = z.input<typeof memberSchema>;
export type ActivityEventJson = z.input<typeof activityEventSchema>;

export const invitationSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role,
    inviter: z.string().nullable(),
    createdAt: timestamp,
    expiresAt: timestamp,
    expired: z.boolean(),
  })
  .meta({ id: "Invitation" });

export const invitationListSchema = z.object({ data: z.array(invitationSchema) }).meta({ id: "InvitationList" });

export const inviteResultSchema = z
  .object({
    invited: z.array(z.string()).meta({ description: "Addresses newly invited (an email was sent)." }),
    refreshed: z.array(z.string()).meta({ description: "Addresses with a pending invitation, renewed and sent again." }),
    alreadyMembers: z.array(z.string()),
    invalid: z.array(z.string()),
  })
  .meta({ id: "InviteResult" });

export const inviteLinkSchema = z
  .object({
    id: z.uuid(),
    tokenPrefix: z.string(),
    role,
    expiresAt: timestamp.nullable(),
    maxUses: z.number().int().nullable(),
    useCount: z.number().int(),
    allowedDomains: z.array(z.string()),
    creator: z.string().nullable(),
    createdAt: timestamp,
    active: z.boolean(),
  })
  .meta({ id: "InviteLink" });

export const inviteLinkListSchema = z.object({ data: z.array(inviteLinkSchema) }).meta({ id: "InviteLinkList" });

export const createdInviteLinkSchema = z
  .object({
    id: z.uuid(),
    role,
    expiresAt: timestamp.nullable(),
    maxUses: z.number().int().nullable(),
    allowedDomains: z.array(z.string()),
    url: z.string().meta({ description: "The invite URL: shown once, share it with the people to invite." }),
  })
  .meta({ id: "CreatedInviteLink" });

export type InvitationJson = z.input<typeof invitationSchema>;
export type InviteLinkJson = z.input<typeof inviteLinkSchema>;
export type CreatedInviteLinkJson = z.input<typeof createdInviteLinkSchema>;

export const deviceCodeSchema = z
  .object({
    device_code: z.string().meta({ description: "The secret the CLI polls with (single use)." }),
    user_code: z.string().meta({ description: "What the person confirms in the browser, e.g. `BCDF-GHJK`." }),
    verification_uri: z.string(),
    verification_uri_complete: z.string(),
    expires_in: z.number().int().meta({ description: "Seconds until both codes expire (600)." }),
    interval: z.number().int().meta({ description: "Seconds to wait between polls (5)." }),
  })
  .meta({ id: "DeviceCode" });

export const deviceTokenSchema = z
  .object({
    access_token: z.string().meta({ description: "The new API token's secret, shown only here." }),
    token_type: z.literal("Bearer"),
    expires_in: z.number().int().optional(),
    workspace: z.object({ slug: z.string(), displayName: z.string() }).nullable().meta({ description: "Null for a personal access token." }),
    token: z.object({ id: z.string(), name: z.string(), prefix: z.string(), role: z.string().nullable(), expiresAt: z.string().nullable() }),
  })
  .meta({ id: "DeviceToken" });
