import { z } from "zod";
import { listActivitySchema } from "@/lib/activity/schemas";
import type { Permission } from "@/lib/auth/permissions";
import { createInviteLinkSchema, inviteMembersSchema } from "@/lib/invitations/schemas";
import { changeRoleSchema, listMembersSchema } from "@/lib/members/schemas";
import { createWorkspaceSchema, renameWorkspaceSchema } from "@/lib/workspaces/schemas";
import { deviceTokenRequestSchema, startDeviceAuthorizationSchema } from "@/lib/device/schemas";
import {
  activityPageSchema,
  deviceCodeSchema,
  deviceTokenSchema,
  createdInviteLinkSchema,
  invitationListSchema,
  inviteLinkListSchema,
  inviteResultSchema,
  memberPageSchema,
  roleChangeSchema,
  workspaceListSchema,
  workspaceSchema,
} from "./schemas";

/**
 * Every /api/v1 operation, described with the zod schemas its handler and domain function validate with.
 * openapi.json and the /docs/api page are generated from this list.
 */
export type Operation = {
  id: string;
  method: "get" | "post" | "patch" | "delete";
  path: string;
  summary: string;
  description?: string;
  tag: "Workspace" | "Members" | "Invitations" | "Activity" | "Workspaces" | "CLI login";
  /** The permission of the matrix the domain function checks, or a note on who may call it. */
  permission: Permission | "personal access token" | "anyone";
  /** Called without a token (the CLI's browser login): a form or JSON body, OAuth errors (RFC 6749 §5.2) as 400. */
  unauthenticated?: true;
  pathParams?: Record<string, string>;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** A valid request body (shown in the reference, used by the contract tests). */
  example?: Record<string, unknown>;
  success: { status: 200 | 201 | 204; description: string; schema?: z.ZodType };
  /** Whether `?workspace=<slug>` applies (workspace-scoped operations called with a personal access token). */
  workspaceScoped: boolean;
};

const workspaceQuery = z.object({
  workspace: z
    .string()
    .optional()
    .meta({ description: "With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404)." }),
});

export const operations: Operation[] = [
  {
    id: "getWorkspace",
    method: "get",
    path: "/api/v1/workspace",
    summary: "Get the token's workspace",
    tag: "Workspace",
    permission: "workspace:read",
    workspaceScoped: true,
    query: workspaceQuery,
    success: { status: 200, description: "The workspace and the caller's effective role.", schema: workspaceSchema },
  },
  {
    id: "renameWorkspace",
    method: "patch",
    path: "/api/v1/workspace",
    summary: "Rename the workspace",
    description: "Changes the display name; the slug never changes.",
    tag: "Workspace",
    permission: "workspace:update",
    workspaceScoped: true,
    query: workspaceQuery,
    body: renameWorkspaceSchema,
    example: { displayName: "Acme Robotics" },
    success: { status: 200, description: "The renamed workspace.", schema: workspaceSchema },
  },
  {
    id: "deleteWorkspace",
    method: "delete",
    path: "/api/v1/workspace",
    summary: "Delete the workspace",
    description: "Permanent. Owners only; never a personal workspace. Every token of the workspace stops working.",
    tag: "Workspace",
    permission: "workspace:delete",
    workspaceScoped: true,
    query: workspaceQuery,
    success: { status: 204, description: "Deleted." },
  },
  {
    id: "listMembers",
    method: "get",
    path: "/api/v1/members",
    summary: "List members",
    description: "One page of members, searched by name or email with `q` and filtered by `role`.",
    tag: "Members",
    permission: "members:read",
    workspaceScoped: true,
    query: listMembersSchema.extend({
      q: listMembersSchema.shape.q.meta({ description: "Search by name or email (case-insensitive substring)." }),
      role: listMembersSchema.shape.role.meta({ description: "Only members with this role." }),
      page: listMembersSchema.shape.page.meta({ description: "The page number, from 1." }),
      pageSize: listMembersSchema.shape.pageSize.meta({ description: "Members per page." }),
      ...workspaceQuery.shape,
    }),
    success: { status: 200, description: "A page of members.", schema: memberPageSchema },
  },
  {
    id: "changeMemberRole",
    method: "patch",
    path: "/api/v1/members/{id}",
    summary: "Change a member's role",
    description: "Owners set any role; managers set manager, member or viewer on non-owners. The last owner stays an owner.",
    tag: "Members",
    permission: "members:update-role",
    workspaceScoped: true,
    pathParams: { id: "The member's user id." },
    query: workspaceQuery,
    body: changeRoleSchema.pick({ role: true }),
    example: { role: "viewer" },
    success: { status: 200, description: "The member's role.", schema: roleChangeSchema },
  },
  {
    id: "removeMember",
    method: "delete",
    path: "/api/v1/members/{id}",
    summary: "Remove a member",
    description: "Their tokens for this workspace are revoked. Owners remove anyone but the last owner; managers remove non-owners.",
    tag: "Members",
    permission: "members:remove",
    workspaceScoped: true,
    pathParams: { id: "The member's user id." },
    query: workspaceQuery,
    success: { status: 204, description: "Removed." },
  },
  {
    id: "listInvitations",
    method: "get",
    path: "/api/v1/invitations",
    summary: "List pending invitations",
    tag: "Invitations",
    permission: "invitations:read",
    workspaceScoped: true,
    query: workspaceQuery,
    success: { status: 200, description: "Pending invitations, newest first (expired ones flagged).", schema: invitationListSchema },
  },
  {
    id: "inviteMembers",
    method: "post",
    path: "/api/v1/invitations",
    summary: "Invite people by email",
    description: "Up to 50 addresses with one role you may assign. Inviting a pending address again renews and resends it.",
    tag: "Invitations",
    permission: "invitations:manage",
    workspaceScoped: true,
    query: workspaceQuery,
    body: inviteMembersSchema,
    example: { emails: ["ada@example.com", "grace@example.com"], role: "member" },
    success: { status: 200, description: "What happened to each address.", schema: inviteResultSchema },
  },
  {
    id: "revokeInvitation",
    method: "delete",
    path: "/api/v1/invitations/{id}",
    summary: "Revoke an invitation",
    tag: "Invitations",
    permission: "invitations:manage",
    workspaceScoped: true,
    pathParams: { id: "The invitation's id." },
    query: workspaceQuery,
    success: { status: 204, description: "Revoked; its link stops working." },
  },
  {
    id: "listInviteLinks",
    method: "get",
    path: "/api/v1/invite-links",
    summary: "List invite links",
    tag: "Invitations",
    permission: "invitations:read",
    workspaceScoped: true,
    query: workspaceQuery,
    success: { status: 200, description: "Unrevoked invite links with their use counts (never the secret).", schema: inviteLinkListSchema },
  },
  {
    id: "createInviteLink",
    method: "post",
    path: "/api/v1/invite-links",
    summary: "Create an invite link",
    description: "A shareable link granting at most manager, with an expiry, optional max uses and allowed email domains.",
    tag: "Invitations",
    permission: "invitations:manage",
    workspaceScoped: true,
    query: workspaceQuery,
    body: createInviteLinkSchema,
    example: { role: "member", expiresIn: "7d", maxUses: 10, allowedDomains: ["example.com"] },
    success: { status: 201, description: "The link; its URL is shown only now.", schema: createdInviteLinkSchema },
  },
  {
    id: "revokeInviteLink",
    method: "delete",
    path: "/api/v1/invite-links/{id}",
    summary: "Revoke an invite link",
    tag: "Invitations",
    permission: "invitations:manage",
    workspaceScoped: true,
    pathParams: { id: "The invite link's id." },
    query: workspaceQuery,
    success: { status: 204, description: "Revoked; the link stops working at once." },
  },
  {
    id: "listActivity",
    method: "get",
    path: "/api/v1/activity",
    summary: "List activity",
    description: "Events newest first, filtered by `action` and `actor`; follow `nextCursor` for older events.",
    tag: "Activity",
    permission: "activity:read",
    workspaceScoped: true,
    query: listActivitySchema.extend({
      limit: listActivitySchema.shape.limit.meta({ description: "Events per page." }),
      ...workspaceQuery.shape,
    }),
    success: { status: 200, description: "A page of events.", schema: activityPageSchema },
  },
  {
    id: "listWorkspaces",
    method: "get",
    path: "/api/v1/workspaces",
    summary: "List your workspaces",
    description: "Every workspace the token's person belongs to, with their role. Personal access tokens only.",
    tag: "Workspaces",
    permission: "personal access token",
    workspaceScoped: false,
    success: { status: 200, description: "The workspaces.", schema: workspaceListSchema },
  },
  {
    id: "createWorkspace",
    method: "post",
    path: "/api/v1/workspaces",
    summary: "Create a workspace",
    description: "The token's person becomes its owner, within the MAX_OWNED_WORKSPACES quota. Personal access tokens only.",
    tag: "Workspaces",
    permission: "personal access token",
    workspaceScoped: false,
    body: createWorkspaceSchema,
    example: { displayName: "Acme Robotics", slug: "acme-robotics", region: "local" },
    success: { status: 201, description: "The new workspace.", schema: workspaceSchema },
  },
  {
    id: "deleteWorkspaceBySlug",
    method: "delete",
    path: "/api/v1/workspaces/{slug}",
    summary: "Delete a workspace",
    description: "Owners only; never a personal workspace. Same rules as the web app.",
    tag: "Workspaces",
    permission: "workspace:delete",
    workspaceScoped: false,
    pathParams: { slug: "The workspace's slug." },
    success: { status: 204, description: "Deleted." },
  },
  {
    id: "startDeviceLogin",
    method: "post",
    path: "/api/v1/device/code",
    summary: "Start a browser login (RFC 8628)",
    description:
      "No token: the CLI asks for a device code and a user code, shows the person `verification_uri` and the code, and polls the token endpoint. Rate-limited per address.",
    tag: "CLI login",
    permission: "anyone",
    unauthenticated: true,
    workspaceScoped: false,
    body: startDeviceAuthorizationSchema,
    example: { client_name: "ada-laptop" },
    success: { status: 200, description: "The codes and where the person approves them.", schema: deviceCodeSchema },
  },
  {
    id: "collectDeviceToken",
    method: "post",
    path: "/api/v1/device/token",
    summary: "Poll for the login's token (RFC 8628)",
    description:
      "No token: until the person approves, 400 `authorization_pending` (or `slow_down` with a longer `interval` when polled too fast); then the new token, once. `access_denied`, `expired_token` and `invalid_grant` (unknown or used code) end the login.",
    tag: "CLI login",
    permission: "anyone",
    unauthenticated: true,
    workspaceScoped: false,
    body: deviceTokenRequestSchema,
    example: { grant_type: "urn:ietf:params:oauth:grant-type:device_code", device_code: "rdc_..." },
    success: { status: 200, description: "The new API token (a workspace token, or a personal access token for all workspaces).", schema: deviceTokenSchema },
  },
];
