import fc from "fast-check";
import { fuzzParameters, inputFor, junk, oddString } from "@/lib/testing/fuzz";
import { callServerAction, createWorkspace, expect, signInByMail, test, uniqueEmail } from "./fixtures";

// The server actions themselves, called over HTTP as any client could (callServerAction), with generated arguments:
// no call ends in a 5xx or an INTERNAL result. Bounded (FUZZ_E2E_RUNS per action); the vitest property tests drive
// the same actions' domain functions with far more cases, and check that a refusal changes no row.

/** The actions that take plain arguments: `(slug, input)` on a workspace, `(input)` for the signed-in person. */
const workspaceActions: [string, Record<string, unknown> | undefined][] = [
  ["addWorkspaceDomainAction", { domain: "fuzz-acme.io" }],
  ["addDnsDomainAction", { domain: "fuzz-dns.io" }],
  ["checkDomainAction", { domain: "fuzz-unadded.io" }],
  ["removeWorkspaceDomainAction", { domain: "fuzz-acme.io" }],
  ["setAutoJoinAction", { kind: "domain", enabled: true }],
  ["joinWorkspaceAction", undefined],
  ["inviteMembersAction", { emails: ["fuzz-new@example.com"], role: "member" }],
  ["resendInvitationAction", { invitationId: "00000000-0000-4000-8000-000000000000" }],
  ["revokeInvitationAction", { invitationId: "00000000-0000-4000-8000-000000000000" }],
  ["restoreInvitationAction", { invitationId: "00000000-0000-4000-8000-000000000000" }],
  ["createInviteLinkAction", { role: "member", expiresIn: "7d", maxUses: 5 }],
  ["revokeInviteLinkAction", { linkId: "00000000-0000-4000-8000-000000000000" }],
  ["restoreInviteLinkAction", { linkId: "00000000-0000-4000-8000-000000000000" }],
  ["changeMemberRoleAction", { userId: "nobody", role: "viewer" }],
  ["removeMemberAction", { userId: "nobody" }],
  ["suspendMemberAction", { userId: "nobody" }],
  ["reactivateMemberAction", { userId: "nobody" }],
  ["setMemberAccessUntilAction", { userId: "nobody", accessUntil: null }],
  ["transferOwnershipAction", { userId: "nobody", demoteSelf: false }],
  ["leaveWorkspaceAction", undefined],
  ["createTokenAction", { name: "fuzz", expiresInDays: 30 }],
  ["revokeTokenAction", { tokenId: "00000000-0000-4000-8000-000000000000" }],
  ["createScimTokenAction", { name: "fuzz idp" }],
  ["verifyActivityAction", undefined],
  ["revokeScimTokenAction", { tokenId: "00000000-0000-4000-8000-000000000000" }],
  ["createWebhookEndpointAction", { url: "https://example.com/fuzz-hook", eventTypes: "all" }],
  ["updateWebhookEndpointAction", { endpointId: "00000000-0000-4000-8000-000000000000", enabled: false }],
  ["deleteWebhookEndpointAction", { endpointId: "00000000-0000-4000-8000-000000000000" }],
  ["rotateWebhookSecretAction", { endpointId: "00000000-0000-4000-8000-000000000000", overlapHours: 24 }],
  ["sendTestWebhookAction", { endpointId: "00000000-0000-4000-8000-000000000000" }],
  ["resendWebhookDeliveryAction", { endpointId: "00000000-0000-4000-8000-000000000000", deliveryId: "00000000-0000-4000-8000-000000000000" }],
  ["createServiceAccountAction", { name: "fuzz bot", role: "member" }],
  ["renameWorkspaceAction", { displayName: "Fuzzed" }],
  // Uploads expect a FormData, which callServerAction cannot send: every generated value must be refused cleanly.
  ["setLogoAction", { file: "not a file" }],
  ["removeLogoAction", undefined],
  // Junk never spells the slug, so the confirmation never matches.
  ["closeEveryDoorAction", { confirmSlug: "not-the-slug" }],
  ["deleteWorkspaceAction", { confirmSlug: "not-the-slug" }],
  ["requestAccessAction", { message: "Let me in" }],
  ["approveJoinRequestAction", { requestId: "00000000-0000-4000-8000-000000000000", role: "member" }],
  ["declineJoinRequestAction", { requestId: "00000000-0000-4000-8000-000000000000" }],
  // The workspace is live: a restore is refused (CONFLICT).
  ["restoreWorkspaceAction", undefined],
];
const userActions: [string, Record<string, unknown> | undefined][] = [
  ["acceptInvitationAction", { invitationId: "00000000-0000-4000-8000-000000000000" }],
  ["declineInvitationAction", { invitationId: "00000000-0000-4000-8000-000000000000" }],
  ["createPersonalTokenAction", { name: "fuzz", expiresInDays: null }],
  ["revokePersonalTokenAction", { tokenId: "00000000-0000-4000-8000-000000000000" }],
  ["createWorkspaceAction", { displayName: "Fuzz", slug: "fuzz-e2e", region: "local" }],
  ["checkSlugAction", undefined],
  ["updateProfileAction", { displayName: "Fuzzy" }],
  ["setAvatarAction", { file: "not a file" }],
  // The fuzz user is the last owner of its workspace (and junk never spells the address): always refused.
  ["deleteAccountAction", { confirmEmail: "not-the-email" }],
];

/** What React's Flight encoder carries inline besides JSON (Maps, Sets and binary go as form parts, which callServerAction does not send). */
const replyValue = fc.oneof({ weight: 4, arbitrary: junk }, { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, 10n ** 30n, new Date(8.64e15), -0, NaN, Infinity) });

test("server actions called directly with generated arguments never fail with a 5xx or INTERNAL", async ({ page }) => {
  test.setTimeout(240_000);
  await signInByMail(page, uniqueEmail("fuzz"));
  const slug = await createWorkspace(page, "Fuzz e2e");
  await page.goto(`/w/${slug}`);
  const cases: { name: string; args: fc.Arbitrary<unknown[]> }[] = [
    ...workspaceActions.map(([name, example]) => ({
      name,
      args: fc.tuple(fc.oneof({ weight: 3, arbitrary: fc.constant<unknown>(slug) }, { weight: 1, arbitrary: oddString }), inputFor(example, replyValue)),
    })),
    ...userActions.map(([name, example]) => ({ name, args: inputFor(example, replyValue).map((input) => [input]) })),
  ];
  for (const { name, args } of cases) {
    await fc.assert(
      fc.asyncProperty(args, async (values) => {
        const result = (await callServerAction(page, name, values)) as { ok?: boolean; code?: string };
        expect(result.ok === true || (result.ok === false && result.code !== "INTERNAL"), `${name}: ${JSON.stringify(result)}`).toBe(true);
      }),
      fuzzParameters<[unknown[]]>(`e2e ${name}`, [], { variable: "FUZZ_E2E_RUNS", default: 4 }),
    );
  }
});
