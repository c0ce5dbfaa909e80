import { afterAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { inviteLinks, joinRequests, memberRemovals, workspaceDomains } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import { joinWorkspace } from "@/lib/auto-join/join-workspace";
import { listJoinSuggestions } from "@/lib/auto-join/list-join-suggestions";
import { setAutoJoin } from "@/lib/auto-join/set-auto-join";
import { createInviteLink } from "@/lib/invitations/create-invite-link";
import { revokeInviteLink } from "@/lib/invitations/revoke-invite-link";
import { removeMember } from "@/lib/members/remove-member";
import { mailTo } from "@/lib/testing/invitations";
import {
  addLiveToken,
  addMember,
  byUser,
  callRoute,
  expectAppError,
  expectRefused,
  makeTeam,
  makeUser,
  roleOf,
  uniqueDomain,
  withNewEvents,
  type Team,
  type TestUser,
} from "@/lib/testing/factories";
import { deleteWorkspace } from "@/lib/workspaces/delete-workspace";
import * as listRoute from "@/app/api/v1/join-requests/route";
import * as approveRoute from "@/app/api/v1/join-requests/[id]/approve/route";
import * as declineRoute from "@/app/api/v1/join-requests/[id]/decline/route";
import { approveJoinRequest } from "./approve-join-request";
import { declineJoinRequest } from "./decline-join-request";
import { getJoinOffer } from "./get-join-offer";
import { listJoinRequests } from "./list-join-requests";
import { requestAccess } from "./request-access";

afterAll(() => closeDb());

/** A team whose verified domain lets matching people ask to join (domain auto-join on, "request" mode), and one such person. */
async function requestTeam(): Promise<Team & { domain: string; asker: TestUser }> {
  const team = await makeTeam();
  const domain = uniqueDomain();
  const db = await getDb();
  await db.insert(workspaceDomains).values({ workspaceId: team.workspace.id, domain, verificationMethod: "email", verifiedAt: new Date(), createdBy: team.owner.id });
  await setAutoJoin(team.owner.caller, team.slug, { kind: "domain", enabled: true, mode: "request" });
  const asker = await makeUser("Asker", { domain });
  return { ...team, domain, asker };
}

async function requestOf(workspaceId: string, userId: string) {
  return (await getDb()).select().from(joinRequests).where(and(eq(joinRequests.workspaceId, workspaceId), eq(joinRequests.userId, userId)));
}

describe("requestAccess", () => {
  it("a domain match in request mode asks with a message: one pending request, one event, the owner and manager are emailed", async () => {
    const team = await requestTeam();
    const { result, events } = await withNewEvents(team.workspace.id, () => requestAccess(team.asker.caller, team.slug, { message: "  I run the Berlin office  " }));
    expect(result.alreadyPending).toBe(false);
    const [row] = await requestOf(team.workspace.id, team.asker.id);
    expect(row).toMatchObject({ id: result.id, status: "pending", via: "domain", message: "I run the Berlin office", role: null });
    expect(events).toEqual([expect.objectContaining({ ...byUser(team.asker), action: "join_request.created", targetId: team.asker.id, metadata: { via: "domain", requestId: result.id } })]);
    for (const user of [team.owner, team.manager]) {
      expect((await mailTo(user.email)).map((m) => m.subject)).toEqual([`Asker (${team.asker.email}) asks to join Acme`]);
    }
    expect(await mailTo(team.member.email)).toEqual([]);
  });

  it("request mode: the domain match is no longer a way straight in, and the suggestion says to ask", async () => {
    const team = await requestTeam();
    await expectAppError(joinWorkspace(team.asker.caller, team.slug), "NOT_FOUND");
    expect(await listJoinSuggestions(team.asker.caller)).toEqual([expect.objectContaining({ slug: team.slug, reason: "domain", mode: "request" })]);
    await setAutoJoin(team.owner.caller, team.slug, { kind: "domain", enabled: true, mode: "join" });
    await expectAppError(requestAccess(team.asker.caller, team.slug, {}), "NOT_FOUND");
    expect(await joinWorkspace(team.asker.caller, team.slug)).toEqual({ slug: team.slug, alreadyMember: false });
  });

  it("a second request returns the pending one; two at once leave one row", async () => {
    const team = await requestTeam();
    const first = await requestAccess(team.asker.caller, team.slug, { message: "one" });
    expect(await requestAccess(team.asker.caller, team.slug, { message: "two" })).toEqual({ id: first.id, alreadyPending: true });
    const other = await makeUser("Racer", { domain: team.domain });
    const both = await Promise.all([requestAccess(other.caller, team.slug, { message: "a" }), requestAccess(other.caller, team.slug, { message: "b" })]);
    expect(new Set(both.map((r) => r.id)).size).toBe(1);
    expect(both.map((r) => r.alreadyPending).sort()).toEqual([false, true]);
    expect(await requestOf(team.workspace.id, other.id)).toHaveLength(1);
  });

  it("a dead invite link (revoked, expired, used up) lets its holder ask; a live one does not; the slug must match", async () => {
    const team = await makeTeam();
    const db = await getDb();
    const link = await createInviteLink(team.owner.caller, team.slug, { role: "member", expiresIn: "7d" });
    const asker = await makeUser("Linked");
    await expectAppError(requestAccess(asker.caller, team.slug, { inviteToken: link.token }), "NOT_FOUND");
    await revokeInviteLink(team.owner.caller, team.slug, { linkId: link.id });
    expect(await getJoinOffer(asker.caller, { inviteToken: link.token })).toMatchObject({ workspace: { slug: team.slug }, via: "invite-link", standing: "may-ask" });
    const other = await makeTeam();
    await expectAppError(requestAccess(asker.caller, other.slug, { inviteToken: link.token }), "NOT_FOUND");
    const created = await requestAccess(asker.caller, team.slug, { inviteToken: link.token });
    expect((await requestOf(team.workspace.id, asker.id))[0]).toMatchObject({ id: created.id, via: "invite-link" });
    expect(await getJoinOffer(asker.caller, { inviteToken: link.token })).toMatchObject({ standing: "pending" });
    // Expired and used up count as dead too.
    const expired = await createInviteLink(team.owner.caller, team.slug, { role: "member", expiresIn: "7d" });
    await db.update(inviteLinks).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(inviteLinks.id, expired.id));
    const usedUp = await createInviteLink(team.owner.caller, team.slug, { role: "member", expiresIn: "7d", maxUses: 1 });
    await db.update(inviteLinks).set({ useCount: 1 }).where(eq(inviteLinks.id, usedUp.id));
    for (const token of [expired.token, usedUp.token]) {
      const person = await makeUser("Late");
      expect((await requestAccess(person.caller, team.slug, { inviteToken: token })).alreadyPending).toBe(false);
    }
  });

  it("nobody else can ask: an outsider without a way in, an unknown or deleted workspace, a member, a workspace token", async () => {
    const team = await requestTeam();
    await expectRefused(team.workspace.id, () => requestAccess(team.outsider.caller, team.slug, { message: "hi" }), "NOT_FOUND");
    await expectAppError(requestAccess(team.asker.caller, "no-such-workspace", {}), "NOT_FOUND");
    await expectAppError(requestAccess(team.asker.caller, "Bad\u0000", {}), "NOT_FOUND");
    await addMember(team.workspace.id, team.asker, "viewer");
    await expectRefused(team.workspace.id, () => requestAccess(team.asker.caller, team.slug, {}), "CONFLICT");
    const later = await makeUser("Later", { domain: team.domain });
    await expectRefused(team.workspace.id, () => requestAccess({ ...later.caller, kind: "token", workspaceId: null }, team.slug, {}), "FORBIDDEN");
    await deleteWorkspace(team.owner.caller, team.slug, { confirmSlug: team.slug });
    await expectAppError(requestAccess(later.caller, team.slug, {}), "NOT_FOUND");
  });

  it("a message over 500 characters is VALIDATION, nothing written", async () => {
    const team = await requestTeam();
    const error = await expectRefused(team.workspace.id, () => requestAccess(team.asker.caller, team.slug, { message: "x".repeat(501) }), "VALIDATION");
    expect(error.fieldErrors?.message).toBeDefined();
  });

  it("is rate-limited per person", async () => {
    const asker = await makeUser("Eager", { domain: uniqueDomain() });
    const teams = await Promise.all(Array.from({ length: 6 }, () => makeTeam()));
    const results = [];
    for (const team of teams) results.push(await requestAccess(asker.caller, team.slug, {}).catch((e: { code?: string }) => e.code));
    // Five attempts an hour (each NOT_FOUND here: no way in), the sixth is refused before anything is read.
    expect(results).toEqual(["NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "RATE_LIMITED"]);
  });
});

describe("approveJoinRequest", () => {
  it("a manager approves with a role: the person is a member with it, one event, they are emailed", async () => {
    const team = await requestTeam();
    const { id } = await requestAccess(team.asker.caller, team.slug, { message: "please" });
    const { result, events } = await withNewEvents(team.workspace.id, () => approveJoinRequest(team.manager.caller, team.slug, { requestId: id, role: "viewer" }));
    expect(result).toMatchObject({ requestId: id, userId: team.asker.id, role: "viewer", alreadyMember: false });
    expect(await roleOf(team.workspace.id, team.asker.id)).toBe("viewer");
    expect((await requestOf(team.workspace.id, team.asker.id))[0]).toMatchObject({ status: "approved", role: "viewer", decidedBy: team.manager.id });
    expect(events).toEqual([expect.objectContaining({ ...byUser(team.manager), action: "join_request.approved", targetId: team.asker.id, metadata: expect.objectContaining({ role: "viewer", via: "domain" }) })]);
    expect((await mailTo(team.asker.email)).map((m) => m.subject)).toContain("You can now enter Acme");
    expect((await authorize(await getDb(), team.asker.caller, team.slug, "workspace:read")).role).toBe("viewer");
  });

  it("a manager cannot approve as owner (FORBIDDEN); an owner can", async () => {
    const team = await requestTeam();
    const { id } = await requestAccess(team.asker.caller, team.slug, {});
    await expectRefused(team.workspace.id, () => approveJoinRequest(team.manager.caller, team.slug, { requestId: id, role: "owner" }), "FORBIDDEN");
    await approveJoinRequest(team.owner.caller, team.slug, { requestId: id, role: "owner" });
    expect(await roleOf(team.workspace.id, team.asker.id)).toBe("owner");
  });

  it.each(["member", "viewer"] as const)("a %s cannot list, approve or decline: FORBIDDEN, nothing written", async (who) => {
    const team = await requestTeam();
    const { id } = await requestAccess(team.asker.caller, team.slug, {});
    await expectAppError(listJoinRequests(team[who].caller, team.slug), "FORBIDDEN");
    await expectRefused(team.workspace.id, () => approveJoinRequest(team[who].caller, team.slug, { requestId: id, role: "viewer" }), "FORBIDDEN");
    await expectRefused(team.workspace.id, () => declineJoinRequest(team[who].caller, team.slug, { requestId: id }), "FORBIDDEN");
    await expectAppError(approveJoinRequest(team.outsider.caller, team.slug, { requestId: id, role: "viewer" }), "NOT_FOUND");
  });

  it("an answered or foreign request is NOT_FOUND; two approvals at once add one membership", async () => {
    const team = await requestTeam();
    const { id } = await requestAccess(team.asker.caller, team.slug, {});
    const other = await makeTeam();
    await expectRefused(other.workspace.id, () => approveJoinRequest(other.owner.caller, other.slug, { requestId: id, role: "member" }), "NOT_FOUND");
    const results = await Promise.allSettled([
      approveJoinRequest(team.owner.caller, team.slug, { requestId: id, role: "member" }),
      approveJoinRequest(team.manager.caller, team.slug, { requestId: id, role: "viewer" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "NOT_FOUND" } });
    await expectAppError(declineJoinRequest(team.owner.caller, team.slug, { requestId: id }), "NOT_FOUND");
  });

  it("approving a person removed before is an explicit decision: they are let in and their removal record cleared", async () => {
    const team = await requestTeam();
    await addMember(team.workspace.id, team.asker, "member");
    await removeMember(team.owner.caller, team.slug, { userId: team.asker.id });
    const { id } = await requestAccess(team.asker.caller, team.slug, {});
    expect(await listJoinRequests(team.owner.caller, team.slug)).toEqual([expect.objectContaining({ id, removedBefore: true, email: team.asker.email })]);
    await approveJoinRequest(team.owner.caller, team.slug, { requestId: id, role: "member" });
    expect(await roleOf(team.workspace.id, team.asker.id)).toBe("member");
    const db = await getDb();
    expect(await db.select().from(memberRemovals).where(and(eq(memberRemovals.workspaceId, team.workspace.id), eq(memberRemovals.userId, team.asker.id)))).toEqual([]);
  });
});

describe("declineJoinRequest and listJoinRequests", () => {
  it("an owner or manager declines: no membership, one event, the person is emailed and may ask again", async () => {
    const team = await requestTeam();
    const { id } = await requestAccess(team.asker.caller, team.slug, { message: "hello" });
    expect(await listJoinRequests(team.manager.caller, team.slug)).toEqual([
      expect.objectContaining({ id, userId: team.asker.id, name: "Asker", message: "hello", via: "domain", removedBefore: false }),
    ]);
    const { events } = await withNewEvents(team.workspace.id, () => declineJoinRequest(team.manager.caller, team.slug, { requestId: id }));
    expect(events).toEqual([expect.objectContaining({ ...byUser(team.manager), action: "join_request.declined", targetId: team.asker.id })]);
    expect(await roleOf(team.workspace.id, team.asker.id)).toBeNull();
    expect((await mailTo(team.asker.email)).map((m) => m.subject)).toContain("Your request to join Acme was declined");
    expect(await listJoinRequests(team.owner.caller, team.slug)).toEqual([]);
    expect((await requestAccess(team.asker.caller, team.slug, {})).alreadyPending).toBe(false);
  });
});

describe("/api/v1/join-requests", () => {
  it("a manager's token lists, approves (not as owner) and declines; a member's token is 403", async () => {
    const team = await requestTeam();
    const other = await makeUser("Second", { domain: team.domain });
    const first = await requestAccess(team.asker.caller, team.slug, { message: "api" });
    const second = await requestAccess(other.caller, team.slug, {});
    const { token } = await addLiveToken(team.workspace.id, team.manager, "manager");
    const memberToken = (await addLiveToken(team.workspace.id, team.member, "member")).token;
    expect((await callRoute(listRoute.GET, { url: "/api/v1/join-requests", token: memberToken })).status).toBe(403);
    const listed = await callRoute(listRoute.GET, { url: "/api/v1/join-requests", token });
    expect(listed.status).toBe(200);
    expect(listed.json.data).toEqual([
      expect.objectContaining({ id: first.id, email: team.asker.email, message: "api", via: "domain", createdAt: expect.any(String), removedBefore: false }),
      expect.objectContaining({ id: second.id }),
    ]);
    const approve = (id: string, role: string, t = token) =>
      callRoute(approveRoute.POST, { url: `/api/v1/join-requests/${id}/approve`, method: "POST", token: t, params: { id }, body: { role } });
    expect((await approve(first.id, "owner")).status).toBe(403);
    expect((await approve(first.id, "member", memberToken)).status).toBe(403);
    expect((await approve(first.id, "boss")).status).toBe(422);
    const approved = await approve(first.id, "member");
    expect([approved.status, approved.json]).toEqual([200, { id: first.id, userId: team.asker.id, status: "approved", role: "member" }]);
    expect((await approve(first.id, "member")).status).toBe(404);
    const declined = await callRoute(declineRoute.POST, { url: `/api/v1/join-requests/${second.id}/decline`, method: "POST", token, params: { id: second.id } });
    expect([declined.status, declined.json]).toEqual([200, { id: second.id, userId: other.id, status: "declined", role: null }]);
    expect(await roleOf(team.workspace.id, other.id)).toBeNull();
  });
});
