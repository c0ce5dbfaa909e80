import { deleteSsoConnection } from "@/lib/sso/delete-sso-connection";
import { saveSsoConnection } from "@/lib/sso/save-sso-connection";
import { setEnabledSchema, setRequireSsoSchema, ssoConnectionSchema } from "@/lib/sso/schemas";
import { setRequireSso } from "@/lib/sso/set-require-sso";
import { setSsoEnabled } from "@/lib/sso/set-sso-enabled";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { closeDb, getDb } from "@/db/client";
import { invitations } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { addDnsDomain } from "@/lib/domains/add-dns-domain";
import { addWorkspaceDomain } from "@/lib/domains/add-workspace-domain";
import { checkDomain } from "@/lib/domains/check-domain";
import { joinWorkspace } from "@/lib/auto-join/join-workspace";
import { removeWorkspaceDomain } from "@/lib/domains/remove-workspace-domain";
import { setAutoJoin, setAutoJoinSchema } from "@/lib/auto-join/set-auto-join";
import { AppError, toAppError } from "@/lib/errors";
import { acceptInvitationById } from "@/lib/invitations/accept-invitation-by-id";
import { createInviteLink } from "@/lib/invitations/create-invite-link";
import { declineInvitationById } from "@/lib/invitations/decline-invitation-by-id";
import { inviteMembers } from "@/lib/invitations/invite-members";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { respondToInvite } from "@/lib/invitations/respond-to-invite";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { revokeInviteLink } from "@/lib/invitations/revoke-invite-link";
import { restoreInvitation } from "@/lib/invitations/restore-invitation";
import { restoreInviteLink } from "@/lib/invitations/restore-invite-link";
import { createInviteLinkSchema, domainInputSchema, invitationIdSchema, inviteLinkIdSchema, inviteMembersSchema } from "@/lib/invitations/schemas";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { leaveWorkspace } from "@/lib/members/leave-workspace";
import { removeMember } from "@/lib/members/remove-member";
import { reactivateMember } from "@/lib/members/reactivate-member";
import { changeRoleSchema, reactivateMemberSchema, removeMemberSchema, setAccessUntilSchema, suspendMemberSchema, transferOwnershipSchema } from "@/lib/members/schemas";
import { setMemberAccessUntil } from "@/lib/members/set-member-access-until";
import { suspendMember } from "@/lib/members/suspend-member";
import { transferOwnership } from "@/lib/members/transfer-ownership";
import { createServiceAccount } from "@/lib/service-accounts/create-service-account";
import { createServiceAccountSchema } from "@/lib/service-accounts/schemas";
import { requestSignInLink, signInLinkSchema } from "@/lib/sign-in/request-sign-in-link";
import { safeCallbackPath } from "@/lib/sign-in/safe-callback-url";
import { fuzzState, makeTeam, type Team } from "@/lib/testing/factories";
import { closeEveryDoor } from "@/lib/access/close-every-door";
import { closeEveryDoorSchema } from "@/lib/access/schemas";
import { actionOnlyValue, fuzzParameters, inputFor, junk, oddId, oddSlug } from "@/lib/testing/fuzz";
import { verifyActivity } from "@/lib/activity/verify-activity";
import { createScimToken } from "@/lib/scim/create-scim-token";
import { revokeScimToken } from "@/lib/scim/revoke-scim-token";
import { createScimTokenSchema, scimTokenIdSchema } from "@/lib/scim/schemas";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import { deleteWebhookEndpoint } from "@/lib/webhooks/delete-webhook-endpoint";
import { resendWebhookDelivery } from "@/lib/webhooks/resend-webhook-delivery";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";
import { createWebhookEndpointSchema, rotateWebhookSecretSchema, updateWebhookEndpointSchema, webhookDeliveryIdSchema, webhookEndpointIdSchema } from "@/lib/webhooks/schemas";
import { sendTestWebhook } from "@/lib/webhooks/send-test-webhook";
import { stopWebhookBoss } from "@/lib/webhooks/webhook-queue";
import { updateWebhookEndpoint } from "@/lib/webhooks/update-webhook-endpoint";
import { createPersonalToken } from "@/lib/tokens/create-personal-token";
import { createToken } from "@/lib/tokens/create-token";
import { revokePersonalToken } from "@/lib/tokens/revoke-personal-token";
import { revokeToken } from "@/lib/tokens/revoke-token";
import { createPersonalTokenSchema, createTokenSchema, tokenIdSchema } from "@/lib/tokens/schemas";
import { imageUploadInput, imageUploadSchema } from "@/lib/images/image-format";
import { approveDevice } from "@/lib/device/approve-device";
import { denyDevice } from "@/lib/device/deny-device";
import { approveDeviceSchema, denyDeviceSchema } from "@/lib/device/schemas";
import { startDeviceAuthorization } from "@/lib/device/start-device-authorization";
import { deleteAccount } from "@/lib/users/delete-account";
import { deleteAccountSchema, updateProfileSchema } from "@/lib/users/schemas";
import { setAvatar } from "@/lib/users/set-avatar";
import { updateProfile } from "@/lib/users/update-profile";
import { checkSlugAvailability } from "@/lib/workspaces/check-slug-availability";
import { removeLogo } from "@/lib/workspaces/remove-logo";
import { setLogo } from "@/lib/workspaces/set-logo";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { deleteWorkspace } from "@/lib/workspaces/delete-workspace";
import { restoreWorkspace } from "@/lib/workspaces/restore-workspace";
import { approveJoinRequest } from "@/lib/join-requests/approve-join-request";
import { declineJoinRequest } from "@/lib/join-requests/decline-join-request";
import { requestAccess } from "@/lib/join-requests/request-access";
import { approveJoinRequestSchema, joinRequestIdSchema, requestAccessSchema } from "@/lib/join-requests/schemas";
import { renameWorkspace } from "@/lib/workspaces/rename-workspace";
import { slugSchema } from "@/lib/workspaces/slug";
import { createWorkspaceSchema, deleteWorkspaceSchema, renameWorkspaceSchema } from "@/lib/workspaces/schemas";

// Property over every server action (lib/actions/*-actions.ts). The actions read the session cookie, so vitest cannot
// call them; each case calls the action's domain function with the arguments the action passes it (the factories in
// lib/actions/factories.ts pass `(caller, slug, input)` or `(caller, input)` through unchanged; form actions pass the
// fields they read from the FormData). Inputs include what React decodes for a direct action call and JSON cannot
// carry (undefined, BigInt, Date, Map, Set, typed arrays, cycles). The property: the call ends in its result or an
// AppError (never another exception, which runAction turns into INTERNAL), a refusal changes no row, and a result is
// only ever produced for an input the action's schema accepts.

// Auth.js mails the sign-in link (and needs Next's request context): the property is about what reaches it.
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("@/lib/sign-in/auth", () => ({ signIn: vi.fn(async () => undefined) }));

afterAll(async () => {
  await stopWebhookBoss();
  await closeDb();
});

type Fixture = Team & {
  invitationId: string;
  linkId: string;
  tokenId: string;
  personalTokenId: string;
  scimTokenId: string;
  webhookEndpointId: string;
  userCode: string;
};

type ActionCase = {
  /** The action, as exported from lib/actions. */
  action: string;
  /** A valid input, mutated by the generator (omitted: junk only). */
  example?: (f: Fixture) => Record<string, unknown>;
  /** The schema the action's input is typed by (an accepted call must satisfy it). */
  schema?: z.ZodType;
  /** What a form action passes to the domain function, read from its fields (default: the input itself). */
  fields?: (input: unknown) => unknown;
  /** Who calls it (default: the workspace's owner). */
  caller?: (f: Fixture) => Caller;
  /** What the action passes to the domain function. */
  call: (caller: Caller, slug: unknown, input: unknown, f: Fixture) => Promise<unknown>;
  /** Ids the generator may pick besides odd ones. */
  ids?: (f: Fixture) => string[];
};

const slugString = (slug: unknown) => slug as string;
/** A form's fields (FormData.get gives a string or null; anything else reads as missing). */
const formOf = (input: unknown) => (input !== null && typeof input === "object" ? (input as Record<string, unknown>) : {});

const actions: ActionCase[] = [
  { action: "addWorkspaceDomainAction", example: () => ({ domain: "fuzz-acme.io" }), schema: domainInputSchema, call: (c, s, i) => addWorkspaceDomain(c, slugString(s), i) },
  { action: "addDnsDomainAction", example: () => ({ domain: "fuzz-dns.io" }), schema: domainInputSchema, call: (c, s, i) => addDnsDomain(c, slugString(s), i) },
  // A domain never added: the check is refused before any DNS query (the tests reach no DNS server).
  { action: "checkDomainAction", example: () => ({ domain: "fuzz-unadded.io" }), schema: domainInputSchema, call: (c, s, i) => checkDomain(c, slugString(s), i) },
  { action: "removeWorkspaceDomainAction", example: () => ({ domain: "fuzz-acme.io" }), schema: domainInputSchema, call: (c, s, i) => removeWorkspaceDomain(c, slugString(s), i) },
  // SAML settings are stored as given (no network); an OIDC issuer would be discovered first.
  { action: "saveSsoConnectionAction", example: () => ({ protocol: "saml", displayName: "Fuzz IdP", samlIdpMetadataXml: "<EntityDescriptor/>" }), schema: ssoConnectionSchema, call: (c, s, i) => saveSsoConnection(c, slugString(s), i) },
  { action: "setSsoEnabledAction", example: () => ({ enabled: false }), schema: setEnabledSchema, call: (c, s, i) => setSsoEnabled(c, slugString(s), i) },
  { action: "setRequireSsoAction", example: () => ({ required: false, breakGlassUserId: null }), schema: setRequireSsoSchema, call: (c, s, i) => setRequireSso(c, slugString(s), i) },
  { action: "deleteSsoConnectionAction", call: (c, s) => deleteSsoConnection(c, slugString(s)) },
  { action: "setAutoJoinAction", example: () => ({ kind: "domain", enabled: true }), schema: setAutoJoinSchema, call: (c, s, i) => setAutoJoin(c, slugString(s), i) },
  // The slug is its only argument (no GitHub client in tests).
  { action: "joinWorkspaceAction", caller: (f) => f.outsider.caller, call: (c, s) => joinWorkspace(c, s, undefined) },
  { action: "inviteMembersAction", example: () => ({ emails: ["fuzz-new@example.com"], role: "member" }), schema: inviteMembersSchema, call: (c, s, i) => inviteMembers(c, slugString(s), i) },
  { action: "resendInvitationAction", example: (f) => ({ invitationId: f.invitationId }), schema: invitationIdSchema, call: (c, s, i) => resendInvitation(c, slugString(s), i) },
  { action: "revokeInvitationAction", example: (f) => ({ invitationId: f.invitationId }), schema: invitationIdSchema, call: (c, s, i) => revokeInvitation(c, slugString(s), i) },
  { action: "restoreInvitationAction", example: (f) => ({ invitationId: f.invitationId }), schema: invitationIdSchema, call: (c, s, i) => restoreInvitation(c, slugString(s), i) },
  { action: "createInviteLinkAction", example: () => ({ role: "member", expiresIn: "7d", maxUses: 5, allowedDomains: ["example.com"] }), schema: createInviteLinkSchema, call: (c, s, i) => createInviteLink(c, slugString(s), i) },
  { action: "revokeInviteLinkAction", example: (f) => ({ linkId: f.linkId }), schema: inviteLinkIdSchema, call: (c, s, i) => revokeInviteLink(c, slugString(s), i) },
  { action: "restoreInviteLinkAction", example: (f) => ({ linkId: f.linkId }), schema: inviteLinkIdSchema, call: (c, s, i) => restoreInviteLink(c, slugString(s), i) },
  { action: "acceptInvitationAction", example: (f) => ({ invitationId: f.invitationId }), schema: invitationIdSchema, caller: (f) => f.outsider.caller, call: (c, _s, i) => acceptInvitationById(c, i) },
  { action: "declineInvitationAction", example: (f) => ({ invitationId: f.invitationId }), schema: invitationIdSchema, caller: (f) => f.outsider.caller, call: (c, _s, i) => declineInvitationById(c, i) },
  // Form actions: the token is String(formData.get("token")), the intent formData.get("intent") (a string or null).
  {
    action: "respondToInviteAction",
    example: () => ({ token: "rst_inv_0000", intent: "decline" }),
    caller: (f) => f.outsider.caller,
    fields: (i) => {
      const form = formOf(i);
      return { token: String(form.token ?? ""), intent: typeof form.intent === "string" ? form.intent : null };
    },
    call: (c, _s, i) => respondToInvite(c, i, "203.0.113.7"),
  },
  {
    action: "requestSignInLinkAction",
    example: () => ({ email: "fuzz-sign-in@example.com", callbackUrl: "/w/acme" }),
    schema: signInLinkSchema,
    fields: (i) => {
      const form = formOf(i);
      const field = (name: string) => (typeof form[name] === "string" ? form[name] : null);
      return { email: field("email"), callbackUrl: field("callbackUrl") };
    },
    call: (_c, _s, i) => requestSignInLink(i, null),
  },
  // resendSignInLinkAction takes no input: it passes the request on record (a cookie only Roster signs) to requestSignInLink, above.
  // signInWithGitHubAction and switchAccountAction take only a callback path to Auth.js: safeCallbackPath keeps it same-origin.
  {
    action: "signInWithGitHubAction, switchAccountAction",
    call: async (_c, _s, i) => {
      const path = safeCallbackPath(i);
      expect(path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")).toBe(true);
      return path;
    },
  },
  { action: "changeMemberRoleAction", example: (f) => ({ userId: f.member.id, role: "viewer" }), schema: changeRoleSchema, ids: (f) => [f.member.id, f.owner.id], call: (c, s, i) => changeMemberRole(c, slugString(s), i) },
  { action: "removeMemberAction", example: (f) => ({ userId: f.viewer.id }), schema: removeMemberSchema, ids: (f) => [f.viewer.id, f.owner.id], call: (c, s, i) => removeMember(c, slugString(s), i) },
  { action: "transferOwnershipAction", example: (f) => ({ userId: f.manager.id, demoteSelf: false }), schema: transferOwnershipSchema, ids: (f) => [f.manager.id, f.outsider.id], call: (c, s, i) => transferOwnership(c, slugString(s), i) },
  // No input: the slug is its only argument; the owner is the last owner, so a leave with the real slug is refused.
  { action: "leaveWorkspaceAction", call: (c, s) => leaveWorkspace(c, slugString(s)) },
  { action: "suspendMemberAction", example: (f) => ({ userId: f.viewer.id }), schema: suspendMemberSchema, ids: (f) => [f.viewer.id, f.owner.id], call: (c, s, i) => suspendMember(c, slugString(s), i) },
  { action: "reactivateMemberAction", example: (f) => ({ userId: f.viewer.id }), schema: reactivateMemberSchema, ids: (f) => [f.viewer.id, f.owner.id], call: (c, s, i) => reactivateMember(c, slugString(s), i) },
  {
    action: "setMemberAccessUntilAction",
    example: (f) => ({ userId: f.member.id, accessUntil: new Date(Date.now() + 86_400_000).toISOString() }),
    schema: setAccessUntilSchema,
    ids: (f) => [f.member.id, f.owner.id],
    call: (c, s, i) => setMemberAccessUntil(c, slugString(s), i),
  },
  { action: "createTokenAction", example: () => ({ name: "fuzz", expiresInDays: 30, role: "member" }), schema: createTokenSchema, call: (c, s, i) => createToken(c, slugString(s), i) },
  { action: "revokeTokenAction", example: (f) => ({ tokenId: f.tokenId }), schema: tokenIdSchema, call: (c, s, i) => revokeToken(c, slugString(s), i) },
  { action: "createScimTokenAction", example: () => ({ name: "fuzz idp" }), schema: createScimTokenSchema, call: (c, s, i) => createScimToken(c, slugString(s), i) },
  { action: "revokeScimTokenAction", example: (f) => ({ tokenId: f.scimTokenId }), schema: scimTokenIdSchema, call: (c, s, i) => revokeScimToken(c, slugString(s), i), ids: (f) => [f.scimTokenId, f.tokenId] },
  { action: "createWebhookEndpointAction", example: () => ({ url: "https://example.com/fuzz-hook", eventTypes: "all" }), schema: createWebhookEndpointSchema, call: (c, s, i) => createWebhookEndpoint(c, slugString(s), i) },
  { action: "updateWebhookEndpointAction", example: (f) => ({ endpointId: f.webhookEndpointId, description: "Fuzzed", enabled: false }), schema: updateWebhookEndpointSchema, call: (c, s, i) => updateWebhookEndpoint(c, slugString(s), i), ids: (f) => [f.webhookEndpointId, f.tokenId] },
  { action: "deleteWebhookEndpointAction", example: (f) => ({ endpointId: f.webhookEndpointId }), schema: webhookEndpointIdSchema, call: (c, s, i) => deleteWebhookEndpoint(c, slugString(s), i), ids: (f) => [f.webhookEndpointId, f.tokenId] },
  { action: "rotateWebhookSecretAction", example: (f) => ({ endpointId: f.webhookEndpointId, overlapHours: 24 }), schema: rotateWebhookSecretSchema, call: (c, s, i) => rotateWebhookSecret(c, slugString(s), i), ids: (f) => [f.webhookEndpointId, f.tokenId] },
  { action: "sendTestWebhookAction", example: (f) => ({ endpointId: f.webhookEndpointId }), schema: webhookEndpointIdSchema, call: (c, s, i) => sendTestWebhook(c, slugString(s), i), ids: (f) => [f.webhookEndpointId, f.tokenId] },
  { action: "resendWebhookDeliveryAction", example: (f) => ({ endpointId: f.webhookEndpointId, deliveryId: f.tokenId }), schema: webhookDeliveryIdSchema, call: (c, s, i) => resendWebhookDelivery(c, slugString(s), i), ids: (f) => [f.webhookEndpointId, f.tokenId] },
  { action: "createPersonalTokenAction", example: () => ({ name: "fuzz", expiresInDays: null }), schema: createPersonalTokenSchema, call: (c, _s, i) => createPersonalToken(c, i) },
  { action: "revokePersonalTokenAction", example: (f) => ({ tokenId: f.personalTokenId }), schema: tokenIdSchema, call: (c, _s, i) => revokePersonalToken(c, i) },
  { action: "createServiceAccountAction", example: () => ({ name: "fuzz bot", role: "member" }), schema: createServiceAccountSchema, call: (c, s, i) => createServiceAccount(c, slugString(s), i) },
  { action: "createWorkspaceAction", example: () => ({ displayName: "Fuzz", slug: "fuzz-ws", region: "local" }), schema: createWorkspaceSchema, call: (c, _s, i) => createWorkspace(c, i) },
  // checkSlugAction passes its input (the slug typed so far) as is.
  {
    action: "checkSlugAction",
    call: async (_c, _s, i) => {
      const result = await checkSlugAvailability(i);
      if (result.available) expect(slugSchema.safeParse(i).success).toBe(true);
      else expect(result.message).toBeTruthy();
      return result;
    },
  },
  // A read: verifying the chain takes no input (the generator varies the slug only).
  { action: "verifyActivityAction", call: (c, s) => verifyActivity(c, slugString(s)) },
  { action: "renameWorkspaceAction", example: () => ({ displayName: "Fuzzed" }), schema: renameWorkspaceSchema, call: (c, s, i) => renameWorkspace(c, slugString(s), i) },
  // Uploads pass imageUploadInput(FormData): anything else reaches the domain as it came (the schema wants a file).
  { action: "setLogoAction", example: () => ({ file: "not a file" }), schema: imageUploadSchema, call: (c, s, i) => setLogo(c, slugString(s), imageUploadInput(i)) },
  { action: "removeLogoAction", call: (c, s) => removeLogo(c, slugString(s)) },
  { action: "updateProfileAction", example: () => ({ displayName: "Fuzzy" }), schema: updateProfileSchema, call: (c, _s, i) => updateProfile(c, i) },
  { action: "setAvatarAction", example: () => ({ file: "not a file" }), schema: imageUploadSchema, call: (c, _s, i) => setAvatar(c, imageUploadInput(i)) },
  // removeAvatarAction takes no argument: there is nothing to generate (lib/users/profile.int.test.ts covers it).
  // The owner is the fixture workspace's last owner, and the generator's strings cannot produce their address.
  { action: "deleteAccountAction", example: () => ({ confirmEmail: "not-the-email" }), schema: deleteAccountSchema, call: (c, _s, i) => deleteAccount(c, i) },
  // The CLI's browser login: the fixture's device code is pending until a generated input approves or denies it.
  {
    action: "approveDeviceAction",
    example: (f) => ({ userCode: f.userCode, workspace: f.slug, role: "member", expiresInDays: 30 }),
    schema: approveDeviceSchema,
    call: (c, _s, i) => approveDevice(c, i),
  },
  { action: "denyDeviceAction", example: (f) => ({ userCode: f.userCode }), schema: denyDeviceSchema, call: (c, _s, i) => denyDevice(c, i) },
  // Never the real slug as confirmation (that closes the fixture's doors): the generator's strings cannot produce it.
  { action: "closeEveryDoorAction", example: () => ({ confirmSlug: "not-the-slug" }), schema: closeEveryDoorSchema, call: (c, s, i) => closeEveryDoor(c, slugString(s), i) },
  // Never the real slug as confirmation (that deletes the fixture): the generator's strings cannot produce it.
  { action: "deleteWorkspaceAction", example: () => ({ confirmSlug: "not-the-slug" }), schema: deleteWorkspaceSchema, call: (c, s, i) => deleteWorkspace(c, slugString(s), i) },
  // The outsider has no way to ask (no dead link, no domain in request mode): NOT_FOUND whatever the input.
  { action: "requestAccessAction", example: () => ({ message: "Let me in", inviteToken: "lnk_nope" }), schema: requestAccessSchema, caller: (f) => f.outsider.caller, call: (c, s, i) => requestAccess(c, s, i) },
  { action: "approveJoinRequestAction", example: () => ({ requestId: "00000000-0000-4000-8000-000000000000", role: "member" }), schema: approveJoinRequestSchema, call: (c, s, i) => approveJoinRequest(c, slugString(s), i) },
  { action: "declineJoinRequestAction", example: () => ({ requestId: "00000000-0000-4000-8000-000000000000" }), schema: joinRequestIdSchema, call: (c, s, i) => declineJoinRequest(c, slugString(s), i) },
  // The fixture is live: restoring it is a CONFLICT, any other slug NOT_FOUND.
  { action: "restoreWorkspaceAction", call: (c, s) => restoreWorkspace(c, slugString(s)) },
];

/** The example with its first field replaced (or the bad value alone, for an action without fields). */
function badFirstField(example: Record<string, unknown> | undefined, bad: unknown): unknown {
  const [first] = Object.keys(example ?? {});
  return first ? { ...example, [first]: bad } : bad;
}

async function makeFixture(): Promise<Fixture> {
  const team = await makeTeam();
  await inviteMembers(team.owner.caller, team.slug, { emails: [team.outsider.email], role: "member" });
  const [invitation] = await (await getDb()).select({ id: invitations.id }).from(invitations).where(eq(invitations.workspaceId, team.workspace.id));
  const link = await createInviteLink(team.owner.caller, team.slug, { role: "member", expiresIn: "7d" });
  const token = await createToken(team.owner.caller, team.slug, { name: "fuzz", expiresInDays: 30 });
  const personal = await createPersonalToken(team.owner.caller, { name: "fuzz", expiresInDays: 30 });
  const scimToken = await createScimToken(team.owner.caller, team.slug, { name: "fuzz idp" });
  const webhook = await createWebhookEndpoint(team.owner.caller, team.slug, { url: "https://example.com/fuzz-fixture" });
  const device = await startDeviceAuthorization({ client_name: "fuzz-laptop" }, { ip: null });
  return {
    ...team,
    invitationId: invitation.id,
    linkId: link.id,
    tokenId: token.id,
    personalTokenId: personal.id,
    scimTokenId: scimToken.id,
    webhookEndpointId: webhook.endpoint.id,
    userCode: device.user_code,
  };
}

describe.each(actions.map((a) => [a.action, a] as const))("%s", (_name, spec) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await makeFixture();
  });

  it("ends in its result or an AppError for any input, and a refusal changes no row", async () => {
    const ids = spec.ids?.(f) ?? [f.invitationId, f.linkId, f.tokenId, f.member.id];
    const value = fc.oneof({ weight: 4, arbitrary: junk }, { weight: 1, arbitrary: actionOnlyValue }, { weight: 1, arbitrary: oddId(ids) });
    const slug = fc.oneof({ weight: 4, arbitrary: oddSlug(f.slug) }, { weight: 1, arbitrary: actionOnlyValue });
    await fc.assert(
      fc.asyncProperty(slug, inputFor(spec.example?.(f), value), async (slugArg, raw) => {
        const input = spec.fields ? spec.fields(raw) : raw;
        const before = await fuzzState(f.workspace.id, f.owner.id);
        let outcome: { ok: true } | { ok: false; error: unknown };
        try {
          await spec.call((spec.caller ?? ((x: Fixture) => x.owner.caller))(f), slugArg, input, f);
          outcome = { ok: true };
        } catch (error) {
          outcome = { ok: false, error };
        }
        if (outcome.ok) {
          if (spec.schema) expect(spec.schema.safeParse(input).success, "a result for an input its schema refuses").toBe(true);
          return;
        }
        // runAction reports anything but an AppError (or a ZodError) as INTERNAL: a 500 in disguise.
        expect(() => toAppError(outcome.error), String(outcome.error)).not.toThrow();
        expect(toAppError(outcome.error)).toBeInstanceOf(AppError);
        expect(await fuzzState(f.workspace.id, f.owner.id)).toEqual(before);
      }),
      // Always tried first: text PostgreSQL cannot store, in the slug and in the first field, and input nested deep.
      fuzzParameters<[unknown, unknown]>(spec.action, [
        [`${f.slug}\u0000`, spec.example?.(f)],
        [f.slug, badFirstField(spec.example?.(f), "\u0000")],
        [f.slug, badFirstField(spec.example?.(f), "\uD800")],
        [f.slug, badFirstField(spec.example?.(f), [[[[[[[[[["deep"]]]]]]]]]])],
      ]),
    );
  });
});
