import { afterAll, describe, expect, it, vi } from "vitest";

// getEnv() caches on first use: set the quota before anything reads it (this file runs in its own process).
vi.hoisted(() => {
  process.env.MAX_MEMBERS = "6";
});

import { closeDb, getDb } from "@/db/client";
import { workspaceDomains } from "@/db/schema";
import { joinWorkspace } from "@/lib/auto-join/join-workspace";
import { setAutoJoin } from "@/lib/auto-join/set-auto-join";
import { addWorkspaceDomain } from "@/lib/domains/add-workspace-domain";
import { getEnv } from "@/lib/env";
import { addMember, expectAppError, expectRefused, makeTeam, makeUser, makeWorkspace, roleOf, uniqueDomain, unique } from "@/lib/testing/factories";
import { aMinuteAgo, invitationFor, invitationsOf, invite, linkRow, mailCount, memberCount, setInvitation } from "@/lib/testing/invitations";
import { suspendMember } from "@/lib/members/suspend-member";
import { acceptInviteToken } from "./accept-invite-token";
import { createInviteLink } from "./create-invite-link";
import { inviteMembers } from "./invite-members";
import { restoreInvitation } from "./restore-invitation";
import { revokeInvitation } from "./revoke-invitation";
import { approveJoinRequest } from "@/lib/join-requests/approve-join-request";
import { requestAccess } from "@/lib/join-requests/request-access";

afterAll(() => closeDb());

const LIMIT = 6;
const newAddress = () => `q${unique()}@example.com`;

/** A team of four members (owner, manager, member, viewer): room for two more members or pending invitations. */
const fourMembers = makeTeam;

describe(`member quota (MAX_MEMBERS=${LIMIT}): members + pending invitations`, () => {
  it("reads the limit from the environment", () => {
    expect(getEnv().MAX_MEMBERS).toBe(LIMIT);
  });

  it("pending invitations count: two fit, a third is QUOTA_EXCEEDED, nothing written, no email", async () => {
    const team = await fourMembers();
    const [a, b, c] = [newAddress(), newAddress(), newAddress()];
    expect((await inviteMembers(team.owner.caller, team.slug, { emails: [a, b], role: "member" })).invited).toHaveLength(2);
    const error = await expectRefused(team.workspace.id, () => inviteMembers(team.manager.caller, team.slug, { emails: c, role: "member" }), "QUOTA_EXCEEDED");
    expect(error.message).toContain(String(LIMIT));
    expect(await mailCount([c])).toBe(0);
  });

  it("a batch that would overflow is refused as a whole (nothing invited), one that fits exactly succeeds", async () => {
    const team = await fourMembers();
    const batch = [newAddress(), newAddress(), newAddress()];
    await expectRefused(team.workspace.id, () => inviteMembers(team.owner.caller, team.slug, { emails: batch, role: "viewer" }), "QUOTA_EXCEEDED");
    expect(await mailCount(batch)).toBe(0);
    // Already-members and invalid addresses take no room.
    const result = await inviteMembers(team.owner.caller, team.slug, { emails: [...batch.slice(0, 2), team.member.email, "bad"], role: "viewer" });
    expect(result).toMatchObject({ invited: batch.slice(0, 2), alreadyMembers: [team.member.email], invalid: ["bad"] });
  });

  it("a suspended member keeps their seat: with one suspended, still only two more fit", async () => {
    const team = await fourMembers();
    await suspendMember(team.owner.caller, team.slug, { userId: team.member.id });
    const [a, b, c] = [newAddress(), newAddress(), newAddress()];
    await expectRefused(team.workspace.id, () => inviteMembers(team.owner.caller, team.slug, { emails: [a, b, c], role: "viewer" }), "QUOTA_EXCEEDED");
    expect((await inviteMembers(team.owner.caller, team.slug, { emails: [a, b], role: "viewer" })).invited).toHaveLength(2);
    const link = await createInviteLink(team.owner.caller, team.slug, { role: "viewer", expiresIn: "7d" });
    await expectAppError(acceptInviteToken((await makeUser("q-late")).caller, link.token), "QUOTA_EXCEEDED");
  });

  it("at the limit, re-inviting a pending address refreshes it (takes no new room)", async () => {
    const team = await fourMembers();
    const [a, b] = [newAddress(), newAddress()];
    await inviteMembers(team.owner.caller, team.slug, { emails: [a, b], role: "member" });
    expect((await inviteMembers(team.owner.caller, team.slug, { emails: a, role: "viewer" })).refreshed).toEqual([a]);
  });

  it("revoked and expired invitations free their room", async () => {
    const team = await fourMembers();
    const [a, b] = [newAddress(), newAddress()];
    await inviteMembers(team.owner.caller, team.slug, { emails: [a, b], role: "member" });
    await revokeInvitation(team.owner.caller, team.slug, { invitationId: (await invitationFor(team.workspace.id, a)).id });
    const c = newAddress();
    expect((await inviteMembers(team.owner.caller, team.slug, { emails: c, role: "member" })).invited).toEqual([c]);
    await setInvitation((await invitationFor(team.workspace.id, b)).id, { expiresAt: aMinuteAgo() });
    const d = newAddress();
    expect((await inviteMembers(team.owner.caller, team.slug, { emails: d, role: "member" })).invited).toEqual([d]);
    await expectRefused(team.workspace.id, () => inviteMembers(team.owner.caller, team.slug, { emails: newAddress(), role: "member" }), "QUOTA_EXCEEDED");
    // Re-inviting the expired address needs new room again.
    await expectRefused(team.workspace.id, () => inviteMembers(team.owner.caller, team.slug, { emails: b, role: "member" }), "QUOTA_EXCEEDED");
    expect((await invitationsOf(team.workspace.id)).filter((i) => i.status === "pending")).toHaveLength(3);
  });

  it("restoring a revoked invitation needs its room back: QUOTA_EXCEEDED once the room was given to another", async () => {
    const team = await fourMembers();
    const [a, b, c] = [newAddress(), newAddress(), newAddress()];
    await inviteMembers(team.owner.caller, team.slug, { emails: [a, b], role: "member" });
    const { id } = await invitationFor(team.workspace.id, a);
    await revokeInvitation(team.owner.caller, team.slug, { invitationId: id });
    await inviteMembers(team.owner.caller, team.slug, { emails: c, role: "member" });
    const error = await expectRefused(team.workspace.id, () => restoreInvitation(team.owner.caller, team.slug, { invitationId: id }), "QUOTA_EXCEEDED");
    expect(error.message).toContain(String(LIMIT));
    await revokeInvitation(team.owner.caller, team.slug, { invitationId: (await invitationFor(team.workspace.id, c)).id });
    await restoreInvitation(team.owner.caller, team.slug, { invitationId: id });
    expect((await invitationFor(team.workspace.id, a)).status).toBe("pending");
  });

  it("accepting a pending invitation at the limit works: the invitation already held the seat", async () => {
    const team = await fourMembers();
    const [x, y] = await Promise.all([makeUser("X"), makeUser("Y")]);
    const tx = await invite(team.owner, team.slug, x.email);
    const ty = await invite(team.owner, team.slug, y.email);
    await acceptInviteToken(x.caller, tx);
    await acceptInviteToken(y.caller, ty);
    expect(await memberCount(team.workspace.id)).toBe(LIMIT);
  });

  it("an invite link join into a full workspace is QUOTA_EXCEEDED; no use counted, nothing written", async () => {
    const team = await fourMembers();
    const link = await createInviteLink(team.owner.caller, team.slug, { role: "member", expiresIn: "7d", maxUses: 10 });
    await acceptInviteToken((await makeUser("Fifth")).caller, link.token);
    await inviteMembers(team.owner.caller, team.slug, { emails: newAddress(), role: "member" });
    const late = await makeUser("Late");
    await expectRefused(team.workspace.id, () => acceptInviteToken(late.caller, link.token), "QUOTA_EXCEEDED");
    expect((await linkRow(link.id)).useCount).toBe(1);
    expect(await roleOf(team.workspace.id, late.id)).toBeNull();
  });

  it("concurrent link joins never overflow the quota", async () => {
    const team = await fourMembers();
    const link = await createInviteLink(team.owner.caller, team.slug, { role: "member", expiresIn: "7d" });
    const users = await Promise.all(Array.from({ length: 10 }, (_, i) => makeUser(`Crowd ${i}`)));
    const results = await Promise.allSettled(users.map((u) => acceptInviteToken(u.caller, link.token)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "QUOTA_EXCEEDED" });
    expect(await memberCount(team.workspace.id)).toBe(LIMIT);
  });

  it("domain auto-join into a full workspace is QUOTA_EXCEEDED, nothing written", async () => {
    const domain = uniqueDomain();
    const owner = await makeUser("Owner", { domain });
    const workspace = await makeWorkspace(owner);
    await addWorkspaceDomain(owner.caller, workspace.slug, { domain });
    await setAutoJoin(owner.caller, workspace.slug, { kind: "domain", enabled: true });
    for (let i = 0; i < LIMIT - 1; i++) await addMember(workspace.id, await makeUser(`Filler ${i}`), "viewer");
    const colleague = await makeUser("Colleague", { domain });
    await expectRefused(workspace.id, () => joinWorkspace(colleague.caller, workspace.slug), "QUOTA_EXCEEDED");
  });

  it("approving a request to join counts too: QUOTA_EXCEEDED when full, the request stays pending", async () => {
    const team = await fourMembers();
    const domain = uniqueDomain();
    await (await getDb()).insert(workspaceDomains).values({ workspaceId: team.workspace.id, domain, verificationMethod: "email", verifiedAt: new Date(), createdBy: team.owner.id });
    await setAutoJoin(team.owner.caller, team.slug, { kind: "domain", enabled: true, mode: "request" });
    const asker = await makeUser("Asker", { domain });
    const { id } = await requestAccess(asker.caller, team.slug, {});
    await inviteMembers(team.owner.caller, team.slug, { emails: [newAddress(), newAddress()], role: "member" });
    await expectRefused(team.workspace.id, () => approveJoinRequest(team.owner.caller, team.slug, { requestId: id, role: "member" }), "QUOTA_EXCEEDED");
    expect(await roleOf(team.workspace.id, asker.id)).toBeNull();
  });
});
