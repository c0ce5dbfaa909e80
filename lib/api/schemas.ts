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

export const deletedWorkspaceSchema = z
  .object({
    slug: z.string(),
    purgeAt: timestamp.nullable().meta({
      description: "When the workspace is deleted for good; until then its owners can restore it. Null: deleted at once (`?permanent=true`).",
    }),
  })
  .meta({ id: "DeletedWorkspace" });

export const workspaceListSchema = z.object({ data: z.array(workspaceSchema) }).meta({ id: "WorkspaceList" });

export const memberSchema = z
  .object({
    id: z.string().meta({ description: "The member's user id (use it in /members/{id})." }),
    name: z.string().nullable(),
    email: z.string().nullable().meta({ description: "Null for a service account." }),
    role,
    serviceAccount: z.boolean(),
    joinedAt: timestamp,
    status: z.enum(["active", "suspended"]).meta({ description: "suspended: suspended by an owner or manager, or past its end date (`accessUntil`)." }),
    suspendedAt: timestamp.nullable().meta({ description: "When the membership was suspended (null: not suspended)." }),
    accessUntil: timestamp.nullable().meta({ description: "The membership's end date: after it the member has no access (null: none)." }),
  })
  .meta({ id: "Member" });

export const memberPageSchema = z
  .object({ data: z.array(memberSchema), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() })
  .meta({ id: "MemberPage" });

export const memberStatusChangeSchema = z
  .object({ id: z.string(), status: z.enum(["active", "suspended"]), changed: z.boolean().meta({ description: "False when the member already had this status." }) })
  .meta({ id: "MemberStatusChange" });

export const accessUntilChangeSchema = z
  .object({ id: z.string(), accessUntil: timestamp.nullable(), changed: z.boolean() })
  .meta({ id: "AccessUntilChange" });

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

const chainLink = z.object({ seq: z.number().int(), hash: z.string() });

export const chainVerificationSchema = z
  .object({
    intact: z.boolean(),
    checked: z.number().int().meta({ description: "Events recomputed." }),
    anchor: chainLink.meta({ description: "Where the kept chain starts: its first event's `prevHash` is trusted as this hash (older events were pruned by ACTIVITY_RETENTION_DAYS, or predate the chain)." }),
    head: chainLink.nullable().meta({ description: "The newest event when the check started (null before the first event)." }),
    firstBreak: z
      .object({ id: z.number().int().nullable(), seq: z.number().int().nullable(), createdAt: timestamp.nullable(), reason: z.string() })
      .nullable()
      .meta({ description: "The first event that does not match (null when intact); `id` is null when the newest events were deleted." }),
  })
  .meta({ id: "ChainVerification" });

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
export type ChainVerificationJson = z.input<typeof chainVerificationSchema>;

export const invitationSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role,
    inviter: z.string().nullable(),
    createdAt: timestamp,
    expiresAt: timestamp,
    expired: z.boolean(),
    accessUntil: timestamp.nullable().meta({ description: "The end date of the membership it gives (null: none)." }),
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
    accessUntil: timestamp.nullable().meta({ description: "The end date of the membership it gives (null: none)." }),
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
    accessUntil: timestamp.nullable().meta({ description: "The end date of the membership it gives (null: none)." }),
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
export const tokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    displayPrefix: z.string().meta({ description: "The token's first characters, to recognise it (never the secret)." }),
    role: role.nullable().meta({ description: "A workspace token's role ceiling; null for a personal access token." }),
    holder: z.object({ id: z.string(), label: z.string(), serviceAccount: z.boolean() }).meta({ description: "The person or service account the token acts as." }),
    createdAt: timestamp,
    expiresAt: timestamp.nullable().meta({ description: "Null: never expires." }),
    lastUsedAt: timestamp.nullable(),
  })
  .meta({ id: "Token" });

export const tokenListSchema = z
  .object({
    data: z.array(tokenSchema),
    manageAll: z.boolean().meta({ description: "True: every token of the workspace (owners and managers); false: only your own." }),
  })
  .meta({ id: "TokenList" });

export const personalTokenListSchema = z.object({ data: z.array(tokenSchema) }).meta({ id: "PersonalTokenList" });

export const createdTokenSchema = tokenSchema
  .extend({ token: z.string().meta({ description: "The secret: shown only in this response, stored only as a hash." }) })
  .meta({ id: "CreatedToken" });

export const updatedTokenSchema = tokenSchema
  .extend({ changed: z.boolean().meta({ description: "False when the request changed nothing (no activity event)." }) })
  .meta({ id: "UpdatedToken" });

export const serviceAccountSchema = z
  .object({
    id: z.string().meta({ description: "The service account's user id (a member: it shows in /members too)." }),
    name: z.string(),
    role,
    joinedAt: timestamp,
    liveTokens: z.number().int(),
  })
  .meta({ id: "ServiceAccount" });

export const serviceAccountListSchema = z.object({ data: z.array(serviceAccountSchema) }).meta({ id: "ServiceAccountList" });

export const ownershipTransferSchema = z
  .object({ id: z.string().meta({ description: "The new owner's user id." }), role: z.literal("owner") })
  .meta({ id: "OwnershipTransfer" });

export const joinRequestSchema = z
  .object({
    id: z.uuid(),
    userId: z.string(),
    name: z.string().nullable(),
    email: z.string().nullable(),
    message: z.string(),
    via: z.enum(["invite-link", "domain"]).meta({ description: "How the person got to the request: a dead invite link, or their email domain (auto-join in request mode)." }),
    createdAt: timestamp,
    removedBefore: z.boolean().meta({ description: "Whether they were removed from the workspace before (approving lets them back in all the same)." }),
  })
  .meta({ id: "JoinRequest" });

export const joinRequestListSchema = z.object({ data: z.array(joinRequestSchema) }).meta({ id: "JoinRequestList" });

export const answeredJoinRequestSchema = z
  .object({
    id: z.uuid(),
    userId: z.string(),
    status: z.enum(["approved", "declined"]),
    role: role.nullable().meta({ description: "The role it was approved with (null when declined)." }),
  })
  .meta({ id: "AnsweredJoinRequest" });

export const resentInvitationSchema = z.object({ id: z.uuid(), expiresAt: timestamp }).meta({ id: "ResentInvitation" });

export const myInvitationSchema = z
  .object({
    id: z.uuid(),
    workspace: z.object({ slug: z.string(), displayName: z.string() }),
    role,
    inviter: z.string().nullable(),
    expiresAt: timestamp,
  })
  .meta({ id: "MyInvitation" });

export const myInvitationListSchema = z.object({ data: z.array(myInvitationSchema) }).meta({ id: "MyInvitationList" });

export const acceptedInvitationSchema = z
  .object({ slug: z.string().meta({ description: "The workspace joined." }), alreadyMember: z.boolean() })
  .meta({ id: "AcceptedInvitation" });

export const declinedInvitationSchema = z.object({ id: z.uuid() }).meta({ id: "DeclinedInvitation" });

export const autoJoinSettingsSchema = z
  .object({
    domains: z.array(z.string()).meta({ description: "Verified domains (by DNS or email) whose verified addresses are suggested the workspace." }),
    domainAutoJoin: z.boolean(),
    githubOrganization: z.string().nullable(),
    githubAutoJoin: z.boolean(),
    githubLink: z
      .object({
        linkedBy: z.string().nullable().meta({ description: "Who linked it, proven an admin of the organization on GitHub; null for a link made before proof." }),
        checkedAt: timestamp.nullable().meta({ description: "When GitHub confirmed the linker as an admin." }),
        paused: z.boolean().meta({ description: "True while its linker has left the workspace (or for a link made before proof): no Join suggestions until an admin links it again." }),
      })
      .nullable(),
  })
  .meta({ id: "AutoJoinSettings" });

export const addedDomainSchema = z
  .object({ domain: z.string(), added: z.boolean().meta({ description: "False when the workspace already had it." }) })
  .meta({ id: "AddedDomain" });

const dnsRecordSchema = z
  .object({ type: z.literal("TXT"), name: z.string().meta({ description: "`_roster-verification.<domain>`" }), value: z.string() })
  .meta({ id: "DnsRecord", description: "The TXT record to publish to prove the domain." });

export const domainSchema = z
  .object({
    domain: z.string(),
    method: z.enum(["dns", "email"]).meta({ description: "`dns`: proven by the TXT record (single sign-on and auto-join); `email`: by a manager's own address (auto-join only)." }),
    verified: z.boolean(),
    record: dnsRecordSchema.nullable().meta({ description: "Null for a domain proven by email that is not moving to DNS." }),
    verifiedAt: timestamp.nullable(),
    lastCheckedAt: timestamp.nullable().meta({ description: "When DNS was last asked (Check now, the daily re-check, or on use)." }),
  })
  .meta({ id: "Domain" });

export const domainListSchema = z.object({ data: z.array(domainSchema) }).meta({ id: "DomainList" });

export const dnsDomainSchema = z
  .object({ domain: z.string(), added: z.boolean().meta({ description: "False when the workspace already had it." }), record: dnsRecordSchema })
  .meta({ id: "DnsDomain" });

export const domainCheckSchema = z
  .object({
    domain: z.string(),
    verified: z.boolean().meta({ description: "The record holds the token: the domain is verified through DNS." }),
    lost: z.boolean().meta({ description: "It was verified through DNS and its record is gone: it is no longer verified." }),
    found: z.array(z.string()).meta({ description: "The TXT values DNS returned for the record's name." }),
  })
  .meta({ id: "DomainCheck" });

export const identitySchema = z
  .object({
    holder: z
      .object({ id: z.string(), name: z.string().nullable(), email: z.string().nullable(), serviceAccount: z.boolean() })
      .meta({ description: "The person or service account the token acts as." }),
    token: z
      .object({
      id: z.uuid(),
      name: z.string(),
      kind: z.enum(["workspace", "personal"]),
      roleCeiling: role.nullable().meta({ description: "A workspace token's role ceiling; null for a personal access token." }),
      expiresAt: timestamp.nullable().meta({ description: "Null: never expires." }),
    })
    .nullable()
    .meta({ description: "The token the request came with (always present on /api/v1)." }),
    workspace: workspaceSchema.nullable().meta({ description: "A workspace token's workspace; null for a personal access token (it names one per request)." }),
    role: role
      .nullable()
      .meta({ description: "The effective role now: the lower of the token's ceiling and its holder's current role. Null for a personal access token." }),
  })
  .meta({ id: "Identity" });

export type TokenJson = z.input<typeof tokenSchema>;
export type ServiceAccountJson = z.input<typeof serviceAccountSchema>;
export type MyInvitationJson = z.input<typeof myInvitationSchema>;
export type IdentityJson = z.input<typeof identitySchema>;
