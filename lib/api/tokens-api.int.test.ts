import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as meRoute from "@/app/api/v1/me/route";
import * as personalTokenRoute from "@/app/api/v1/me/tokens/[id]/route";
import * as personalTokensRoute from "@/app/api/v1/me/tokens/route";
import * as tokenRoute from "@/app/api/v1/tokens/[id]/route";
import * as tokensRoute from "@/app/api/v1/tokens/route";
import { closeDb } from "@/db/client";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { createServiceAccount } from "@/lib/service-accounts/create-service-account";
import { addLiveToken, callRoute, eventsOf, makeTeam, type Team } from "@/lib/testing/factories";
import { hashToken } from "@/lib/tokens/token-format";
import { createdTokenSchema, identitySchema, tokenListSchema, updatedTokenSchema } from "./schemas";

// Contract tests of the token operations beyond what contract.int.test.ts checks for every operation (401, 429, 403 by
// the matrix, 404 outside the token's workspace): success with the documented shape, the rules, 404 across
// workspaces for ids, 422.

afterAll(() => closeDb());

let team: Team, other: Team;
const tokens = {} as Record<"owner" | "manager" | "member" | "viewer" | "otherOwner" | "memberPat", string>;

beforeAll(async () => {
  [team, other] = await Promise.all([makeTeam(), makeTeam()]);
  for (const role of ["owner", "manager", "member", "viewer"] as const) {
    tokens[role] = (await addLiveToken(team.workspace.id, team[role], role, new Date(Date.now() + 30 * 86_400_000))).token;
  }
  tokens.otherOwner = (await addLiveToken(other.workspace.id, other.owner, "owner")).token;
  tokens.memberPat = (await addLiveToken(null, team.member, null, new Date(Date.now() + 10 * 86_400_000))).token;
});

const post = (route: typeof tokensRoute.POST, url: string, token: string, body: unknown) => callRoute(route, { url, method: "POST", token, body });

describe("GET /api/v1/me", () => {
  it("a workspace token: its holder, the token, its workspace and the live effective role (lowered at once by a demotion)", async () => {
    const res = await callRoute(meRoute.GET, { url: "/api/v1/me", token: tokens.manager });
    expect(res.status).toBe(200);
    expect(identitySchema.parse(res.json)).toMatchObject({
      holder: { id: team.manager.id, email: team.manager.email, serviceAccount: false },
      token: { kind: "workspace", roleCeiling: "manager", expiresAt: expect.any(String) },
      workspace: { slug: team.slug, role: "manager" },
      role: "manager",
    });
    const demoted = await makeTeam();
    const t = await addLiveToken(demoted.workspace.id, demoted.manager, "manager");
    await changeMemberRole(demoted.owner.caller, demoted.slug, { userId: demoted.manager.id, role: "viewer" });
    const after = await callRoute(meRoute.GET, { url: "/api/v1/me", token: t.token });
    expect(after.json).toMatchObject({ token: { roleCeiling: "manager", expiresAt: null }, role: "viewer", workspace: { role: "viewer" } });
  });

  it("a personal access token: no workspace and no role (it names a workspace per request); a service account's token says so", async () => {
    const res = await callRoute(meRoute.GET, { url: "/api/v1/me", token: tokens.memberPat });
    expect(res.json).toMatchObject({ holder: { id: team.member.id }, token: { kind: "personal", roleCeiling: null }, workspace: null, role: null });
    const sa = await createServiceAccount(team.owner.caller, team.slug, { name: "Me bot", role: "viewer" });
    const saToken = await addLiveToken(team.workspace.id, { ...team.owner, id: sa.userId }, "viewer");
    const bot = await callRoute(meRoute.GET, { url: "/api/v1/me", token: saToken.token });
    expect(bot.json).toMatchObject({ holder: { id: sa.userId, name: "Me bot", email: null, serviceAccount: true }, role: "viewer" });
  });
});

describe("/api/v1/tokens", () => {
  it("creates a token whose secret is in that response only (201), works at once, and lists without secrets", async () => {
    const created = await post(tokensRoute.POST, "/api/v1/tokens", tokens.manager, { name: "deploy", expiresInDays: 30, role: "member" });
    expect(created.status).toBe(201);
    const token = createdTokenSchema.parse(created.json);
    expect(token).toMatchObject({ name: "deploy", role: "member", holder: { id: team.manager.id } });
    expect((await callRoute(meRoute.GET, { url: "/api/v1/me", token: token.token })).json).toMatchObject({ role: "member" });
    const listed = await callRoute(tokensRoute.GET, { url: "/api/v1/tokens", token: tokens.owner });
    expect(listed.status).toBe(200);
    const list = tokenListSchema.parse(listed.json);
    expect(list.manageAll).toBe(true);
    expect(list.data.map((t) => t.id)).toContain(token.id);
    expect(JSON.stringify(listed.json)).not.toContain(token.token);
    expect(JSON.stringify(listed.json)).not.toContain(hashToken(token.token));
    // A member sees only their own.
    const mine = tokenListSchema.parse((await callRoute(tokensRoute.GET, { url: "/api/v1/tokens", token: tokens.member })).json);
    expect(mine.manageAll).toBe(false);
    expect(mine.data.every((t) => t.holder.id === team.member.id)).toBe(true);
  });

  it("created through a token: never above its role, never outliving it; for a service account only by owners and managers", async () => {
    const above = await post(tokensRoute.POST, "/api/v1/tokens", tokens.member, { name: "up", expiresInDays: 30, role: "manager" });
    expect(above.status).toBe(403);
    expect(above.json.errors).toHaveProperty("role");
    const forever = await post(tokensRoute.POST, "/api/v1/tokens", tokens.member, { name: "forever", expiresInDays: null });
    const me = await callRoute(meRoute.GET, { url: "/api/v1/me", token: tokens.member });
    expect(forever.json.expiresAt).toBe((me.json.token as { expiresAt: string }).expiresAt);
    const sa = await createServiceAccount(team.owner.caller, team.slug, { name: "CI", role: "member" });
    expect((await post(tokensRoute.POST, "/api/v1/tokens", tokens.member, { name: "bot", expiresInDays: 30, holderId: sa.userId })).status).toBe(403);
    const forBot = await post(tokensRoute.POST, "/api/v1/tokens", tokens.manager, { name: "bot", expiresInDays: 30, holderId: sa.userId });
    expect(forBot.status).toBe(201);
    expect(forBot.json).toMatchObject({ holder: { id: sa.userId, serviceAccount: true }, role: "member" });
  });

  it("422 for bad bodies, 409 for a taken name; nothing created", async () => {
    for (const body of [{}, { name: "", expiresInDays: 30 }, { name: "x", expiresInDays: 7 }, { name: "x", expiresInDays: 30, role: "god" }]) {
      const res = await post(tokensRoute.POST, "/api/v1/tokens", tokens.owner, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.json.code).toBe("VALIDATION");
    }
    expect((await callRoute(tokensRoute.POST, { url: "/api/v1/tokens", method: "POST", token: tokens.owner, rawBody: "{" })).status).toBe(422);
    expect((await post(tokensRoute.POST, "/api/v1/tokens", tokens.owner, { name: "dup", expiresInDays: 30 })).status).toBe(201);
    expect((await post(tokensRoute.POST, "/api/v1/tokens", tokens.owner, { name: "DUP", expiresInDays: 30 })).status).toBe(409);
  });

  it("PATCH narrows a token (the path names it), 403 above the current role or a later expiry, 404 across workspaces, 422 for nothing to change", async () => {
    const { json } = await post(tokensRoute.POST, "/api/v1/tokens", tokens.manager, { name: "narrow me", expiresInDays: 30 });
    const id = json.id as string;
    const patch = (token: string, body: unknown, tokenId = id) =>
      callRoute(tokenRoute.PATCH, { url: `/api/v1/tokens/${tokenId}`, method: "PATCH", token, params: { id: tokenId }, body });
    const before = (await eventsOf(team.workspace.id)).length;
    const ok = await patch(tokens.manager, { name: "narrowed", role: "viewer", tokenId: "00000000-0000-4000-8000-000000000000" });
    expect(ok.status).toBe(200);
    expect(updatedTokenSchema.parse(ok.json)).toMatchObject({ id, name: "narrowed", role: "viewer", changed: true });
    expect((await eventsOf(team.workspace.id)).slice(before).map((e) => e.action)).toEqual(["token.updated"]);
    expect((await patch(tokens.manager, { role: "member" })).status).toBe(403);
    expect((await patch(tokens.manager, { expiresAt: new Date(Date.now() + 90 * 86_400_000).toISOString() })).status).toBe(403);
    expect((await patch(tokens.member, { name: "not yours" })).status).toBe(403);
    expect((await patch(tokens.otherOwner, { name: "foreign" })).status).toBe(404);
    expect((await patch(tokens.owner, { name: "x" }, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    for (const body of [{}, { name: "" }, { role: "admin" }, { expiresAt: "soon" }, { expiresAt: "2000-01-01T00:00:00Z" }]) {
      const res = await patch(tokens.manager, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
    }
    expect((await patch(tokens.manager, { name: "x" }, "not-a-uuid")).status).toBe(422);
  });

  it("DELETE revokes (204; the token stops working), 404 again and across workspaces, 403 for another member's token", async () => {
    const mine = await post(tokensRoute.POST, "/api/v1/tokens", tokens.member, { name: "short-lived", expiresInDays: 30 });
    const id = mine.json.id as string;
    const del = (token: string, tokenId = id) =>
      callRoute(tokenRoute.DELETE, { url: `/api/v1/tokens/${tokenId}`, method: "DELETE", token, params: { id: tokenId } });
    expect((await del(tokens.otherOwner)).status).toBe(404);
    const managers = await post(tokensRoute.POST, "/api/v1/tokens", tokens.manager, { name: "manager's", expiresInDays: 30 });
    expect((await del(tokens.member, managers.json.id as string)).status).toBe(403);
    expect((await del(tokens.member)).status).toBe(204);
    expect((await callRoute(meRoute.GET, { url: "/api/v1/me", token: mine.json.token as string })).status).toBe(401);
    expect((await del(tokens.member)).status).toBe(404);
    expect((await del(tokens.member, "x")).status).toBe(422);
  });
});

describe("/api/v1/me/tokens (personal access tokens)", () => {
  it("lists, creates (never outliving the calling token), updates and revokes your own; 404 for someone else's; 422 for bad input", async () => {
    const created = await post(personalTokensRoute.POST, "/api/v1/me/tokens", tokens.memberPat, { name: "laptop", expiresInDays: 365 });
    expect(created.status).toBe(201);
    const pat = createdTokenSchema.parse(created.json);
    expect(pat).toMatchObject({ role: null, holder: { id: team.member.id } });
    const caller = await callRoute(meRoute.GET, { url: "/api/v1/me", token: tokens.memberPat });
    expect(pat.expiresAt).toBe((caller.json.token as { expiresAt: string }).expiresAt);
    const listed = await callRoute(personalTokensRoute.GET, { url: "/api/v1/me/tokens", token: tokens.memberPat });
    expect(listed.status).toBe(200);
    expect((listed.json.data as { id: string }[]).map((t) => t.id)).toContain(pat.id);
    expect(JSON.stringify(listed.json)).not.toContain(pat.token);

    const patch = (token: string, body: unknown, id = pat.id) =>
      callRoute(personalTokenRoute.PATCH, { url: `/api/v1/me/tokens/${id}`, method: "PATCH", token, params: { id }, body });
    const renamed = await patch(tokens.memberPat, { name: "old laptop" });
    expect(renamed.status).toBe(200);
    expect(renamed.json).toMatchObject({ name: "old laptop", changed: true });
    expect((await patch(tokens.memberPat, { expiresAt: new Date(Date.now() + 400 * 86_400_000).toISOString() })).status).toBe(403);
    const stranger = await addLiveToken(null, other.owner);
    expect((await patch(stranger.token, { name: "mine" })).status).toBe(404);
    expect((await patch(tokens.memberPat, {})).status).toBe(422);

    for (const body of [{}, { name: "x" }, { name: "x", expiresInDays: 1 }]) {
      expect((await post(personalTokensRoute.POST, "/api/v1/me/tokens", tokens.memberPat, body)).status, JSON.stringify(body)).toBe(422);
    }
    const del = (token: string) =>
      callRoute(personalTokenRoute.DELETE, { url: `/api/v1/me/tokens/${pat.id}`, method: "DELETE", token, params: { id: pat.id } });
    expect((await del(stranger.token)).status).toBe(404);
    expect((await del(tokens.memberPat)).status).toBe(204);
    expect((await callRoute(meRoute.GET, { url: "/api/v1/me", token: pat.token })).status).toBe(401);
    expect((await del(tokens.memberPat)).status).toBe(404);
  });
});
