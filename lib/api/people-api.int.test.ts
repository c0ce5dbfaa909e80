import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as autoJoinDomainRoute from "@/app/api/v1/auto-join/domains/[domain]/route";
import * as autoJoinDomainsRoute from "@/app/api/v1/auto-join/domains/route";
import * as autoJoinRoute from "@/app/api/v1/auto-join/route";
import * as resendRoute from "@/app/api/v1/invitations/[id]/resend/route";
import * as acceptRoute from "@/app/api/v1/me/invitations/[id]/accept/route";
import * as declineRoute from "@/app/api/v1/me/invitations/[id]/decline/route";
import * as myInvitationsRoute from "@/app/api/v1/me/invitations/route";
import * as serviceAccountRoute from "@/app/api/v1/service-accounts/[id]/route";
import * as serviceAccountsRoute from "@/app/api/v1/service-accounts/route";
import * as leaveRoute from "@/app/api/v1/workspace/leave/route";
import * as transferRoute from "@/app/api/v1/workspace/transfer-ownership/route";
import { closeDb } from "@/db/client";
import { createServiceAccount } from "@/lib/service-accounts/create-service-account";
import { addLiveToken, addMember, callRoute, eventsOf, makeTeam, makeUser, roleOf, uniqueDomain, type Team } from "@/lib/testing/factories";
import { invitationFor, invite, personalWorkspaceOf, tokenFromMailbox } from "@/lib/testing/invitations";
import { autoJoinSettingsSchema, myInvitationListSchema, serviceAccountListSchema, serviceAccountSchema } from "./schemas";

// Contract tests of the people operations beyond what contract.int.test.ts checks for every operation (401, 429, 403 by
// the matrix, 404 outside the token's workspace): success with the documented shape, the rules, 404 across
// workspaces for ids, 422.

afterAll(() => closeDb());

let team: Team, other: Team;
const tokens = {} as Record<"owner" | "manager" | "member" | "otherOwner", string>;

beforeAll(async () => {
  [team, other] = await Promise.all([makeTeam(), makeTeam()]);
  for (const role of ["owner", "manager", "member"] as const) tokens[role] = (await addLiveToken(team.workspace.id, team[role], role)).token;
  tokens.otherOwner = (await addLiveToken(other.workspace.id, other.owner, "owner")).token;
});

const lastActions = async (workspaceId: string, n: number) => (await eventsOf(workspaceId)).slice(-n).map((e) => e.action);

describe("/api/v1/service-accounts", () => {
  it("creates (201), lists with live token counts and removes (204, its tokens stop working); 404 for a person or another workspace's", async () => {
    const created = await callRoute(serviceAccountsRoute.POST, {
      url: "/api/v1/service-accounts",
      method: "POST",
      token: tokens.manager,
      body: { name: "Deploy bot", role: "member" },
    });
    expect(created.status).toBe(201);
    const account = serviceAccountSchema.parse(created.json);
    expect(account).toMatchObject({ name: "Deploy bot", role: "member", liveTokens: 0 });
    const botToken = await addLiveToken(team.workspace.id, { ...team.owner, id: account.id }, "member");
    const listed = serviceAccountListSchema.parse(
      (await callRoute(serviceAccountsRoute.GET, { url: "/api/v1/service-accounts", token: tokens.owner })).json,
    );
    expect(listed.data).toEqual([expect.objectContaining({ id: account.id, liveTokens: 1 })]);

    const del = (token: string, id: string) =>
      callRoute(serviceAccountRoute.DELETE, { url: `/api/v1/service-accounts/${id}`, method: "DELETE", token, params: { id } });
    expect((await del(tokens.otherOwner, account.id)).status).toBe(404);
    const theirs = await createServiceAccount(other.owner.caller, other.slug, { name: "Theirs", role: "member" });
    expect((await del(tokens.owner, theirs.userId)).status).toBe(404);
    // A person is removed through /members/{id}, never here.
    expect((await del(tokens.owner, team.viewer.id)).status).toBe(404);
    expect(await roleOf(team.workspace.id, team.viewer.id)).toBe("viewer");
    expect((await del(tokens.member, account.id)).status).toBe(403);
    expect((await del(tokens.manager, account.id)).status).toBe(204);
    expect(await lastActions(team.workspace.id, 1)).toEqual(["service_account.removed"]);
    expect((await callRoute(serviceAccountsRoute.GET, { url: "/api/v1/service-accounts", token: botToken.token })).status).toBe(401);
    expect((await del(tokens.manager, account.id)).status).toBe(404);
  });

  it("422 for bad bodies; a manager cannot create above what they may assign", async () => {
    for (const body of [{}, { name: "" }, { name: "x".repeat(65) }, { name: "Bot", role: "owner" }, { name: "Bot", role: "god" }]) {
      const res = await callRoute(serviceAccountsRoute.POST, { url: "/api/v1/service-accounts", method: "POST", token: tokens.owner, body });
      expect(res.status, JSON.stringify(body)).toBe(422);
    }
    const res = await callRoute(serviceAccountRoute.DELETE, {
      url: `/api/v1/service-accounts/${"x".repeat(200)}`,
      method: "DELETE",
      token: tokens.owner,
      params: { id: "x".repeat(200) },
    });
    expect(res.status).toBe(422);
  });
});

describe("POST /api/v1/workspace/transfer-ownership", () => {
  it("owners transfer to a member (demoted to manager by default); 404 for a non-member, 422 for oneself, a service account or a bad body", async () => {
    const t = await makeTeam();
    const ownerToken = (await addLiveToken(t.workspace.id, t.owner, "owner")).token;
    const transfer = (body: unknown, token = ownerToken) =>
      callRoute(transferRoute.POST, { url: "/api/v1/workspace/transfer-ownership", method: "POST", token, body });
    expect((await transfer({ userId: other.member.id })).status).toBe(404);
    expect((await transfer({ userId: t.owner.id })).status).toBe(422);
    const sa = await createServiceAccount(t.owner.caller, t.slug, { name: "Bot", role: "manager" });
    expect((await transfer({ userId: sa.userId })).status).toBe(422);
    for (const body of [{}, { userId: "" }, { userId: t.member.id, demoteSelf: "maybe" }])
      expect((await transfer(body)).status, JSON.stringify(body)).toBe(422);
    const managerToken = (await addLiveToken(t.workspace.id, t.manager, "manager")).token;
    expect((await transfer({ userId: t.member.id }, managerToken)).status).toBe(403);

    const res = await transfer({ userId: t.member.id });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ id: t.member.id, role: "owner" });
    expect(await roleOf(t.workspace.id, t.member.id)).toBe("owner");
    expect(await roleOf(t.workspace.id, t.owner.id)).toBe("manager");
    expect(await lastActions(t.workspace.id, 1)).toEqual(["workspace.ownership_transferred"]);
    // The former owner's token now acts as a manager.
    expect((await transfer({ userId: t.viewer.id })).status).toBe(403);
  });
});

describe("POST /api/v1/workspace/leave", () => {
  it("ends the holder's own membership (204; their tokens revoked); the last owner 409; a service account 403; a personal workspace 403", async () => {
    const t = await makeTeam();
    const leave = (token: string, query = "") => callRoute(leaveRoute.POST, { url: `/api/v1/workspace/leave${query}`, method: "POST", token });
    const member = await addLiveToken(t.workspace.id, t.member, "member");
    expect((await leave(member.token)).status).toBe(204);
    expect(await roleOf(t.workspace.id, t.member.id)).toBeNull();
    expect((await leave(member.token)).status).toBe(401);

    expect((await leave((await addLiveToken(t.workspace.id, t.owner, "owner")).token)).status).toBe(409);
    const sa = await createServiceAccount(t.owner.caller, t.slug, { name: "Bot", role: "member" });
    expect((await leave((await addLiveToken(t.workspace.id, { ...t.owner, id: sa.userId }, "member")).token)).status).toBe(403);
    expect(await roleOf(t.workspace.id, sa.userId)).toBe("member");

    // With a personal access token: the workspace named by ?workspace=; another's is a 404, the personal one a 403.
    const pat = await addLiveToken(null, t.viewer);
    expect((await leave(pat.token, `?workspace=${other.slug}`)).status).toBe(404);
    expect((await leave(pat.token)).status).toBe(422);
    expect((await leave(pat.token, `?workspace=${(await personalWorkspaceOf(t.viewer)).slug}`)).status).toBe(403);
    expect((await leave(pat.token, `?workspace=${t.slug}`)).status).toBe(204);
    expect(await roleOf(t.workspace.id, t.viewer.id)).toBeNull();
  });
});

describe("POST /api/v1/invitations/{id}/resend", () => {
  it("sends again with a new link (the old one stops working); 404 across workspaces and for unknown ids; 422 for a bad id", async () => {
    const email = `resend-${Date.now()}@example.com`;
    const first = await invite(team.owner, team.slug, email);
    const { id } = await invitationFor(team.workspace.id, email);
    const resend = (token: string, invitationId = id) =>
      callRoute(resendRoute.POST, { url: `/api/v1/invitations/${invitationId}/resend`, method: "POST", token, params: { id: invitationId } });
    expect((await resend(tokens.otherOwner)).status).toBe(404);
    expect((await resend(tokens.member)).status).toBe(403);
    const res = await resend(tokens.manager);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ id, expiresAt: expect.any(String) });
    expect(await tokenFromMailbox(email)).not.toBe(first);
    expect(await lastActions(team.workspace.id, 1)).toEqual(["invitation.resent"]);
    expect((await resend(tokens.manager, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await resend(tokens.manager, "nope")).status).toBe(422);
  });
});

describe("/api/v1/me/invitations (personal access tokens)", () => {
  it("lists the invitations to your verified address; accept joins (200), decline declines; someone else's is 403, an unknown one 404", async () => {
    const invitee = await makeUser("Api Invitee");
    const pat = (await addLiveToken(null, invitee)).token;
    await invite(team.owner, team.slug, invitee.email, "viewer");
    await invite(other.owner, other.slug, invitee.email, "member");
    const listed = await callRoute(myInvitationsRoute.GET, { url: "/api/v1/me/invitations", token: pat });
    expect(listed.status).toBe(200);
    const list = myInvitationListSchema.parse(listed.json);
    expect(list.data.map((i) => i.workspace.slug).sort()).toEqual([team.slug, other.slug].sort());
    const mine = list.data.find((i) => i.workspace.slug === team.slug)!;
    const theirs = list.data.find((i) => i.workspace.slug === other.slug)!;

    const answer = (route: typeof acceptRoute, verb: string, token: string, id: string) =>
      callRoute(route.POST, { url: `/api/v1/me/invitations/${id}/${verb}`, method: "POST", token, params: { id } });
    // Someone else's invitation: refused, it stays pending.
    const stranger = (await addLiveToken(null, other.viewer)).token;
    expect((await answer(acceptRoute, "accept", stranger, mine.id)).status).toBe(403);
    expect((await answer(declineRoute, "decline", stranger, mine.id)).status).toBe(403);
    // A workspace token's holder acts inside one workspace: it answers no invitation.
    await addMember(other.workspace.id, invitee, "viewer");
    const workspaceToken = (await addLiveToken(other.workspace.id, invitee, "viewer")).token;
    expect((await answer(acceptRoute, "accept", workspaceToken, mine.id)).status).toBe(403);
    expect((await callRoute(myInvitationsRoute.GET, { url: "/api/v1/me/invitations", token: workspaceToken })).status).toBe(403);

    const accepted = await answer(acceptRoute, "accept", pat, mine.id);
    expect(accepted.status).toBe(200);
    expect(accepted.json).toEqual({ slug: team.slug, alreadyMember: false });
    expect(await roleOf(team.workspace.id, invitee.id)).toBe("viewer");
    const declined = await answer(declineRoute, "decline", pat, theirs.id);
    expect(declined.status).toBe(200);
    expect(declined.json).toEqual({ id: theirs.id });
    expect(await lastActions(other.workspace.id, 1)).toEqual(["invitation.declined"]);
    expect((await answer(acceptRoute, "accept", pat, mine.id)).status).toBe(404);
    expect((await answer(declineRoute, "decline", pat, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await answer(acceptRoute, "accept", pat, "nope")).status).toBe(422);
    expect(myInvitationListSchema.parse((await callRoute(myInvitationsRoute.GET, { url: "/api/v1/me/invitations", token: pat })).json).data).toEqual(
      [],
    );
  });
});

describe("/api/v1/auto-join", () => {
  it("reads and changes the domain and GitHub settings (owners and managers), 422 for bad input, 404 for a domain not on the workspace", async () => {
    const domain = uniqueDomain("api");
    const [owner, member] = [await makeUser("AJ Owner", { domain }), await makeUser("AJ Member", { domain })];
    const t = await makeTeam();
    await addMember(t.workspace.id, owner, "manager");
    await addMember(t.workspace.id, member, "member");
    const manager = (await addLiveToken(t.workspace.id, owner, "manager")).token;
    const memberToken = (await addLiveToken(t.workspace.id, member, "member")).token;
    const settings = async (token = manager) => callRoute(autoJoinRoute.GET, { url: "/api/v1/auto-join", token });
    expect(autoJoinSettingsSchema.parse((await settings()).json)).toEqual({
      domains: [],
      domainAutoJoin: false,
      githubOrganization: null,
      githubAutoJoin: false,
      githubLink: null,
    });
    expect((await settings(memberToken)).status).toBe(403);

    const add = (body: unknown, token = manager) =>
      callRoute(autoJoinDomainsRoute.POST, { url: "/api/v1/auto-join/domains", method: "POST", token, body });
    expect((await add({ domain })).json).toEqual({ domain, added: true });
    expect((await add({ domain })).json).toEqual({ domain, added: false });
    for (const body of [{}, { domain: "nope" }, { domain: "gmail.com" }, { domain: uniqueDomain("not-mine") }])
      expect((await add(body)).status, JSON.stringify(body)).toBe(422);
    expect((await add({ domain }, memberToken)).status).toBe(403);

    const patch = (body: unknown) => callRoute(autoJoinRoute.PATCH, { url: "/api/v1/auto-join", method: "PATCH", token: manager, body });
    const on = await patch({ kind: "domain", enabled: true });
    expect(on.status).toBe(200);
    expect(on.json).toMatchObject({ domains: [domain], domainAutoJoin: true });
    // Linking an organization needs proof that the linker administers it, through their GitHub sign-in: without one
    // (no GitHub sign-in on this server) it is refused and nothing changes (lib/auto-join/github-auto-join.int.test.ts
    // links one against a local GitHub API).
    const github = await patch({ kind: "github", enabled: true, githubOrganization: "Acme-Org" });
    expect(github.status).toBe(422);
    expect(github.json).toMatchObject({ code: "VALIDATION", errors: { githubOrganization: [expect.stringContaining("GitHub")] } });
    for (const body of [
      {},
      { kind: "email", enabled: true },
      { kind: "domain", enabled: "yes" },
      { kind: "github", enabled: true, githubOrganization: "-bad-" },
    ]) {
      expect((await patch(body)).status, JSON.stringify(body)).toBe(422);
    }
    expect(await lastActions(t.workspace.id, 2)).toEqual(["auto_join.domain_added", "auto_join.enabled"]);

    const remove = (value: string, token = manager) =>
      callRoute(autoJoinDomainRoute.DELETE, { url: `/api/v1/auto-join/domains/${value}`, method: "DELETE", token, params: { domain: value } });
    expect((await remove(domain, memberToken)).status).toBe(403);
    expect((await remove(domain, (await addLiveToken(other.workspace.id, other.owner, "owner")).token)).status).toBe(404);
    expect((await remove(domain)).status).toBe(204);
    expect((await remove(domain)).status).toBe(404);
    expect((await remove("not a domain")).status).toBe(422);
    expect(autoJoinSettingsSchema.parse((await settings()).json).domains).toEqual([]);
  });
});
