import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { rateLimits, workspaces } from "@/db/schema";
import * as activityRoute from "@/app/api/v1/activity/route";
import * as catchAllRoute from "@/app/api/v1/[...path]/route";
import * as memberRoute from "@/app/api/v1/members/[id]/route";
import * as membersRoute from "@/app/api/v1/members/route";
import * as openapiRoute from "@/app/api/v1/openapi.json/route";
import * as workspaceRoute from "@/app/api/v1/workspace/route";
import * as workspaceBySlugRoute from "@/app/api/v1/workspaces/[slug]/route";
import * as restoreRoute from "@/app/api/v1/workspaces/[slug]/restore/route";
import * as workspacesRoute from "@/app/api/v1/workspaces/route";
import { can, PERMISSIONS, ROLES, type Permission } from "@/lib/auth/permissions";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { removeMember } from "@/lib/members/remove-member";
import { createServiceAccount } from "@/lib/service-accounts/create-service-account";
import { callRoute, makeUser, makeWorkspace, makeWorkspaceWith, unique, type TestUser } from "@/lib/testing/factories";
import { createPersonalToken } from "@/lib/tokens/create-personal-token";
import { createToken } from "@/lib/tokens/create-token";
import { revokeToken } from "@/lib/tokens/revoke-token";
import { generateToken } from "@/lib/tokens/token-format";
import { buildOpenApiDocument } from "./openapi";
import { operations } from "./operations";

afterAll(() => closeDb());

type Role = "owner" | "manager" | "member" | "viewer";

let owner: TestUser, manager: TestUser, member: TestUser, viewer: TestUser, outsider: TestUser;
let slug: string;
let otherSlug: string;
const tokens = {} as Record<Role | "outsider" | "pat", string>;

beforeAll(async () => {
  [owner, manager, member, viewer, outsider] = await Promise.all(["owner", "manager", "member", "viewer", "outsider"].map((p) => makeUser(`api-${p}`)));
  const ws = await makeWorkspaceWith(owner, [
    [manager, "manager"],
    [member, "member"],
    [viewer, "viewer"],
  ]);
  slug = ws.slug;
  const other = await makeWorkspace(outsider);
  otherSlug = other.slug;
  for (const [role, user] of [["owner", owner], ["manager", manager], ["member", member]] as const) {
    tokens[role] = (await createToken(user.caller, slug, { name: `${role} token`, expiresInDays: 30 })).token;
  }
  // A viewer cannot create tokens; make the viewer's token while they are a member, then demote them.
  await changeMemberRole(owner.caller, slug, { userId: viewer.id, role: "member" });
  tokens.viewer = (await createToken(viewer.caller, slug, { name: "viewer token", expiresInDays: 30 })).token;
  await changeMemberRole(owner.caller, slug, { userId: viewer.id, role: "viewer" });
  tokens.outsider = (await createToken(outsider.caller, otherSlug, { name: "outsider", expiresInDays: 30 })).token;
  tokens.pat = (await createPersonalToken(owner.caller, { name: "owner PAT", expiresInDays: 30 })).token;
});

describe("GET /api/v1/workspace", () => {
  it("returns the token's workspace and the effective role", async () => {
    const res = await callRoute(workspaceRoute.GET, { url: "/api/v1/workspace", token: tokens.viewer });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ slug, role: "viewer", personal: false });
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
  });

  it("with a personal access token, acts on the workspace named by ?workspace", async () => {
    const ok = await callRoute(workspaceRoute.GET, { url: `/api/v1/workspace?workspace=${slug}`, token: tokens.pat });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ slug, role: "owner" });
    const missing = await callRoute(workspaceRoute.GET, { url: "/api/v1/workspace", token: tokens.pat });
    expect(missing.status).toBe(422);
    expect(missing.json.errors).toHaveProperty("workspace");
    const notMine = await callRoute(workspaceRoute.GET, { url: `/api/v1/workspace?workspace=${otherSlug}`, token: tokens.pat });
    expect(notMine.status).toBe(404);
  });

  it("is a 404 for another workspace than the token's, whether it exists or not", async () => {
    const other = await callRoute(workspaceRoute.GET, { url: `/api/v1/workspace?workspace=${otherSlug}`, token: tokens.owner });
    const none = await callRoute(workspaceRoute.GET, { url: "/api/v1/workspace?workspace=no-such-thing", token: tokens.owner });
    expect(other.status).toBe(404);
    expect(none.status).toBe(404);
    expect(other.json.detail).toBe(none.json.detail);
  });

  it("401 without a token, with a cookie only, or with a token in the URL", async () => {
    const none = await callRoute(workspaceRoute.GET, { url: "/api/v1/workspace" });
    expect(none.status).toBe(401);
    expect(none.headers.get("content-type")).toBe("application/problem+json");
    expect(none.json).toMatchObject({ status: 401, code: "UNAUTHENTICATED", type: expect.any(String), title: expect.any(String), instance: "/api/v1/workspace" });
    expect(none.headers.get("www-authenticate")).toMatch(/Bearer/);
    const cookie = await callRoute(workspaceRoute.GET, {
      url: "/api/v1/workspace",
      headers: { cookie: `authjs.session-token=${unique()}; roster_last_workspace=${slug}` },
    });
    expect(cookie.status).toBe(401);
    for (const url of [`/api/v1/workspace?access_token=${tokens.owner}`, `/api/v1/workspace?token=x`, `/api/v1/workspace?q=${tokens.owner}`]) {
      const res = await callRoute(workspaceRoute.GET, { url, token: tokens.owner });
      expect(res.status, url).toBe(401);
      expect(res.json.detail).toMatch(/Authorization header/);
    }
  });
});

describe("PATCH /api/v1/workspace", () => {
  it("renames with workspace:update; 403 for a member token", async () => {
    const ok = await callRoute(workspaceRoute.PATCH, { url: "/api/v1/workspace", method: "PATCH", token: tokens.manager, body: { displayName: "Renamed by API" } });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ displayName: "Renamed by API", slug });
    const refused = await callRoute(workspaceRoute.PATCH, { url: "/api/v1/workspace", method: "PATCH", token: tokens.member, body: { displayName: "Nope" } });
    expect(refused.status).toBe(403);
    expect(refused.json.code).toBe("FORBIDDEN");
  });

  it("422 with field errors for bad bodies of any shape, never a 500", async () => {
    const bodies: (string | undefined)[] = [
      undefined,
      "",
      "   ",
      "{",
      "not json",
      "null",
      "[]",
      "[1,2]",
      "42",
      '"a string"',
      "true",
      "{}",
      '{"displayName": ""}',
      '{"displayName": 5}',
      '{"displayName": null}',
      '{"displayName": {"$gt": ""}}',
      `{"displayName": "${"x".repeat(65)}"}`,
      `{"displayName": "${"x".repeat(70_000)}"}`,
      "\u0000\u0001",
      '{"__proto__": {"admin": true}}',
      '{"displayName": "lone \\ud800 surrogate"}',
      `{"displayName": ${"[".repeat(5_000)}${"]".repeat(5_000)}}`,
      `{"x": ${'{"y": '.repeat(9)}1${"}".repeat(9)}, "displayName": "Deep"}`,
    ];
    for (const rawBody of bodies) {
      const res = await callRoute(workspaceRoute.PATCH, { url: "/api/v1/workspace", method: "PATCH", token: tokens.owner, rawBody, headers: { "content-type": "application/json" } });
      expect(res.status, String(rawBody).slice(0, 40)).toBe(422);
      expect(res.json.code).toBe("VALIDATION");
      expect(res.json.errors).toBeTypeOf("object");
    }
    const fieldError = await callRoute(workspaceRoute.PATCH, { url: "/api/v1/workspace", method: "PATCH", token: tokens.owner, body: { displayName: "" } });
    expect(fieldError.json.errors).toHaveProperty("displayName");
  });
});

describe("input PostgreSQL cannot store", () => {
  it("NUL characters in a body, a query or a path parameter are a 422, not a 500", async () => {
    const body = await callRoute(workspaceRoute.PATCH, { url: "/api/v1/workspace", method: "PATCH", token: tokens.owner, body: { displayName: "a\u0000b" } });
    expect(body.status).toBe(422);
    const query = await callRoute(membersRoute.GET, { url: "/api/v1/members?q=%00", token: tokens.owner });
    expect(query.status).toBe(422);
    const actor = await callRoute(activityRoute.GET, { url: "/api/v1/activity?actor=%00", token: tokens.owner });
    expect(actor.status).toBe(422);
    const param = await callRoute(memberRoute.DELETE, { url: "/api/v1/members/%00", method: "DELETE", token: tokens.owner, params: { id: "\u0000" } });
    expect(param.status).toBe(422);
  });

  it("a streamed body over 64 KiB is refused without reading it all", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 1000) return controller.close();
        controller.enqueue(new Uint8Array(16 * 1024).fill(32));
      },
    });
    const request = new Request("http://localhost/api/v1/workspace", {
      method: "PATCH",
      headers: { authorization: `Bearer ${tokens.owner}`, "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    const res = await workspaceRoute.PATCH(request, { params: Promise.resolve({}) });
    expect(res.status).toBe(422);
    expect(pulled).toBeLessThan(20);
  });
});

describe("GET /api/v1/members", () => {
  it("returns one page, searchable, for every role", async () => {
    const res = await callRoute(membersRoute.GET, { url: "/api/v1/members?pageSize=2", token: tokens.viewer });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ page: 1, pageSize: 2, total: 4 });
    expect(res.json.data).toHaveLength(2);
    const search = await callRoute(membersRoute.GET, { url: `/api/v1/members?q=${encodeURIComponent(manager.email)}`, token: tokens.member });
    expect(search.json.data).toEqual([expect.objectContaining({ id: manager.id, email: manager.email, role: "manager", serviceAccount: false })]);
    const managers = await callRoute(membersRoute.GET, { url: "/api/v1/members?role=manager", token: tokens.viewer });
    expect(managers.json).toMatchObject({ total: 1, data: [expect.objectContaining({ id: manager.id, role: "manager" })] });
  });

  it("422 for bad query parameters", async () => {
    for (const query of ["pageSize=1000", "page=abc", "page=0", `q=${"x".repeat(300)}`, "role=admin", "role="]) {
      const res = await callRoute(membersRoute.GET, { url: `/api/v1/members?${query}`, token: tokens.member });
      expect(res.status, query).toBe(422);
    }
  });

  it("401 for malformed Authorization headers of every shape, never a 500", async () => {
    const good = tokens.member;
    const headers = [
      "",
      " ",
      "Bearer",
      "Bearer ",
      "Bearer  ",
      good,
      `Basic ${Buffer.from(`user:${good}`).toString("base64")}`,
      `Token ${good}`,
      `Bearer ${good} ${good}`,
      `Bearer ${good},Bearer ${good}`,
      `Bearer ${good.slice(0, -1)}`,
      `Bearer ${good}0`,
      `Bearer ${good.slice(0, -1)}${good.at(-1) === "A" ? "B" : "A"}`,
      `Bearer ${good.replace("rst_", "ghp_")}`,
      `Bearer ${generateToken().token}`,
      `Bearer ${"A".repeat(10_000)}`,
      "Bearer rst_",
      "Bearer rst_'; drop table api_tokens; --",
      "Bearer \u00e9\u00e8",
      "Bearer null",
      "Bearer undefined",
      "Bearer {}",
      "Digest username=x",
      "bearer",
    ];
    for (const authorization of headers) {
      const res = await callRoute(membersRoute.GET, { url: "/api/v1/members", authorization });
      expect(res.status, authorization.slice(0, 60)).toBe(401);
      expect(res.json.code).toBe("UNAUTHENTICATED");
    }
  });
});

describe("PATCH and DELETE /api/v1/members/{id}", () => {
  it("changes a role with members:update-role; 403 for a member; 404 for someone outside the workspace; 422 for a bad role", async () => {
    const target = await makeUser("api-target");
    const { addMembers } = await import("@/lib/testing/factories");
    const [ws] = await (await getDb()).select().from(workspaces).where(eq(workspaces.slug, slug));
    await addMembers(ws.id, [[target, "viewer"]]);
    const ok = await callRoute(memberRoute.PATCH, { url: `/api/v1/members/${target.id}`, method: "PATCH", token: tokens.manager, params: { id: target.id }, body: { role: "member" } });
    expect(ok.status).toBe(200);
    expect(ok.json).toEqual({ id: target.id, role: "member", changed: true });
    const refused = await callRoute(memberRoute.PATCH, { url: `/api/v1/members/${target.id}`, method: "PATCH", token: tokens.member, params: { id: target.id }, body: { role: "viewer" } });
    expect(refused.status).toBe(403);
    const outside = await callRoute(memberRoute.PATCH, { url: `/api/v1/members/${outsider.id}`, method: "PATCH", token: tokens.owner, params: { id: outsider.id }, body: { role: "viewer" } });
    expect(outside.status).toBe(404);
    const badRole = await callRoute(memberRoute.PATCH, { url: `/api/v1/members/${target.id}`, method: "PATCH", token: tokens.owner, params: { id: target.id }, body: { role: "god" } });
    expect(badRole.status).toBe(422);
    expect(badRole.json.errors).toHaveProperty("role");
    const managerOnOwner = await callRoute(memberRoute.PATCH, { url: `/api/v1/members/${owner.id}`, method: "PATCH", token: tokens.manager, params: { id: owner.id }, body: { role: "viewer" } });
    expect(managerOnOwner.status).toBe(403);
    const hugeId = "x".repeat(5000);
    const weird = await callRoute(memberRoute.PATCH, { url: `/api/v1/members/${hugeId}`, method: "PATCH", token: tokens.owner, params: { id: hugeId }, body: { role: "viewer" } });
    expect(weird.status).toBe(422);

    const removeRefused = await callRoute(memberRoute.DELETE, { url: `/api/v1/members/${target.id}`, method: "DELETE", token: tokens.member, params: { id: target.id } });
    expect(removeRefused.status).toBe(403);
    const removed = await callRoute(memberRoute.DELETE, { url: `/api/v1/members/${target.id}`, method: "DELETE", token: tokens.manager, params: { id: target.id } });
    expect(removed.status).toBe(204);
    const again = await callRoute(memberRoute.DELETE, { url: `/api/v1/members/${target.id}`, method: "DELETE", token: tokens.manager, params: { id: target.id } });
    expect(again.status).toBe(404);
  });
});

describe("GET /api/v1/activity", () => {
  it("returns events for owners and managers, filtered and paginated; 403 for members", async () => {
    const res = await callRoute(activityRoute.GET, { url: "/api/v1/activity?limit=2", token: tokens.manager });
    expect(res.status).toBe(200);
    const data = res.json.data as { action: string; actor: { id: string } }[];
    expect(data).toHaveLength(2);
    expect(res.json.nextCursor).toEqual(expect.any(String));
    const next = await callRoute(activityRoute.GET, { url: `/api/v1/activity?limit=2&cursor=${res.json.nextCursor}`, token: tokens.manager });
    expect(next.status).toBe(200);
    expect((next.json.data as { id: number }[])[0].id).toBeLessThan((res.json.data as { id: number }[])[1].id);
    const filtered = await callRoute(activityRoute.GET, { url: "/api/v1/activity?action=token.created", token: tokens.owner });
    const events = filtered.json.data as { action: string; actor: { id: string; type: string } }[];
    expect(events.length).toBeGreaterThanOrEqual(4);
    expect(events.every((e) => e.action === "token.created")).toBe(true);
    const byActor = await callRoute(activityRoute.GET, { url: `/api/v1/activity?actor=${manager.id}`, token: tokens.owner });
    expect((byActor.json.data as { actor: { id: string } }[]).every((e) => e.actor.id === manager.id)).toBe(true);
    expect((byActor.json.data as unknown[]).length).toBeGreaterThan(0);
    expect((await callRoute(activityRoute.GET, { url: "/api/v1/activity", token: tokens.member })).status).toBe(403);
    for (const query of ["cursor=%%%", "cursor=abc", "limit=0", "limit=1000", "action=DROP TABLE"]) {
      const bad = await callRoute(activityRoute.GET, { url: `/api/v1/activity?${query}`, token: tokens.owner });
      expect(bad.status, query).toBe(422);
    }
  });

  it("records actions made through a token with the token", async () => {
    await callRoute(workspaceRoute.PATCH, { url: "/api/v1/workspace", method: "PATCH", token: tokens.owner, body: { displayName: `Via token ${unique()}` } });
    const res = await callRoute(activityRoute.GET, { url: "/api/v1/activity?action=workspace.renamed&limit=1", token: tokens.owner });
    const [event] = res.json.data as { actor: { type: string; id: string; label: string; token: { name: string } } }[];
    expect(event.actor).toMatchObject({ type: "token", id: owner.id, label: owner.email, token: { name: "owner token" } });
  });
});

describe("/api/v1/workspaces (personal access tokens)", () => {
  it("lists, creates and deletes workspaces under the web app's rules", async () => {
    const newSlug = `api-${unique()}`;
    const created = await callRoute(workspacesRoute.POST, { url: "/api/v1/workspaces", method: "POST", token: tokens.pat, body: { displayName: "From the API", slug: newSlug, region: "local" } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ slug: newSlug, role: "owner", personal: false });
    const listed = await callRoute(workspacesRoute.GET, { url: "/api/v1/workspaces", token: tokens.pat });
    expect(listed.status).toBe(200);
    const slugs = (listed.json.data as { slug: string; personal: boolean }[]).map((w) => w.slug);
    expect(slugs).toEqual(expect.arrayContaining([slug, newSlug]));
    expect((listed.json.data as { personal: boolean }[])[0].personal).toBe(true);

    const duplicate = await callRoute(workspacesRoute.POST, { url: "/api/v1/workspaces", method: "POST", token: tokens.pat, body: { displayName: "Again", slug: newSlug, region: "local" } });
    expect(duplicate.status).toBe(409);
    const invalid = await callRoute(workspacesRoute.POST, { url: "/api/v1/workspaces", method: "POST", token: tokens.pat, body: { displayName: "", slug: "API!", region: "mars" } });
    expect(invalid.status).toBe(422);
    expect(invalid.json.errors).toHaveProperty("slug");

    const personalSlug = (listed.json.data as { slug: string; personal: boolean }[]).find((w) => w.personal)!.slug;
    const personal = await callRoute(workspaceBySlugRoute.DELETE, { url: `/api/v1/workspaces/${personalSlug}`, method: "DELETE", token: tokens.pat, params: { slug: personalSlug } });
    expect(personal.status).toBe(403);
    const foreign = await callRoute(workspaceBySlugRoute.DELETE, { url: `/api/v1/workspaces/${otherSlug}`, method: "DELETE", token: tokens.pat, params: { slug: otherSlug } });
    expect(foreign.status).toBe(404);
    const deleted = await callRoute(workspaceBySlugRoute.DELETE, { url: `/api/v1/workspaces/${newSlug}`, method: "DELETE", token: tokens.pat, params: { slug: newSlug } });
    expect(deleted.status).toBe(200);
    expect(deleted.json).toMatchObject({ slug: newSlug, purgeAt: expect.any(String) });
    const gone = await callRoute(workspaceBySlugRoute.DELETE, { url: `/api/v1/workspaces/${newSlug}`, method: "DELETE", token: tokens.pat, params: { slug: newSlug } });
    expect(gone.status).toBe(404);
    const restored = await callRoute(restoreRoute.POST, { url: `/api/v1/workspaces/${newSlug}/restore`, method: "POST", token: tokens.pat, params: { slug: newSlug } });
    expect(restored.status).toBe(200);
    expect(restored.json).toMatchObject({ slug: newSlug, role: "owner" });
    expect((await callRoute(restoreRoute.POST, { url: `/api/v1/workspaces/${newSlug}/restore`, method: "POST", token: tokens.pat, params: { slug: newSlug } })).status).toBe(409);
  });

  it("?permanent=true deletes at once, only with the slug typed in the body", async () => {
    const newSlug = `api-${unique()}`;
    await callRoute(workspacesRoute.POST, { url: "/api/v1/workspaces", method: "POST", token: tokens.pat, body: { displayName: "Doomed", slug: newSlug, region: "local" } });
    const url = `/api/v1/workspaces/${newSlug}?permanent=true`;
    const call = (body?: unknown) => callRoute(workspaceBySlugRoute.DELETE, { url, method: "DELETE", token: tokens.pat, params: { slug: newSlug }, body });
    expect((await call()).status).toBe(422);
    const wrong = await call({ confirmSlug: "nope" });
    expect(wrong.status).toBe(422);
    expect(wrong.json.errors).toHaveProperty("confirmSlug");
    const bad = await callRoute(workspaceBySlugRoute.DELETE, { url: `/api/v1/workspaces/${newSlug}?permanent=yes`, method: "DELETE", token: tokens.pat, params: { slug: newSlug } });
    expect(bad.status).toBe(422);
    const deleted = await call({ confirmSlug: newSlug });
    expect(deleted.status).toBe(200);
    expect(deleted.json).toEqual({ slug: newSlug, purgeAt: null });
    const restored = await callRoute(restoreRoute.POST, { url: `/api/v1/workspaces/${newSlug}/restore`, method: "POST", token: tokens.pat, params: { slug: newSlug } });
    expect(restored.status).toBe(404);
  });

  it("refuses workspace tokens for listing and creating (403)", async () => {
    expect((await callRoute(workspacesRoute.GET, { url: "/api/v1/workspaces", token: tokens.owner })).status).toBe(403);
    const res = await callRoute(workspacesRoute.POST, { url: "/api/v1/workspaces", method: "POST", token: tokens.owner, body: { displayName: "X", slug: `x-${unique()}`, region: "local" } });
    expect(res.status).toBe(403);
  });
});

describe("DELETE /api/v1/workspace", () => {
  it("403 below owner; the owner's token deletes it and every token of it stops working", async () => {
    const o = await makeUser("api-del");
    const m = await makeUser("api-del-m");
    const ws = await makeWorkspaceWith(o, [[m, "manager"]]);
    const ownerToken = (await createToken(o.caller, ws.slug, { name: "o", expiresInDays: 30 })).token;
    const managerToken = (await createToken(m.caller, ws.slug, { name: "m", expiresInDays: 30 })).token;
    expect((await callRoute(workspaceRoute.DELETE, { url: "/api/v1/workspace", method: "DELETE", token: managerToken })).status).toBe(403);
    expect((await callRoute(workspaceRoute.DELETE, { url: "/api/v1/workspace", method: "DELETE", token: ownerToken })).status).toBe(200);
    expect((await callRoute(workspaceRoute.GET, { url: "/api/v1/workspace", token: managerToken })).status).toBe(401);
    expect((await callRoute(workspaceRoute.GET, { url: "/api/v1/workspace", token: ownerToken })).status).toBe(401);
    // The owner restores it with a personal access token: both workspace tokens work again.
    const pat = (await createPersonalToken(o.caller, { name: "o pat", expiresInDays: 30 })).token;
    expect((await callRoute(restoreRoute.POST, { url: `/api/v1/workspaces/${ws.slug}/restore`, method: "POST", token: pat, params: { slug: ws.slug } })).status).toBe(200);
    expect((await callRoute(workspaceRoute.GET, { url: "/api/v1/workspace", token: managerToken })).status).toBe(200);
    expect((await callRoute(workspaceRoute.GET, { url: "/api/v1/workspace", token: ownerToken })).status).toBe(200);
  });
});

describe("changes take effect on the next request", () => {
  it("revocation, demotion and removal", async () => {
    const o = await makeUser("api-next");
    const m = await makeUser("api-next-m");
    const ws = await makeWorkspaceWith(o, [[m, "manager"]]);
    const first = await createToken(m.caller, ws.slug, { name: "first", expiresInDays: 30 });
    const second = await createToken(m.caller, ws.slug, { name: "second", expiresInDays: 30 });
    const activity = (token: string) => callRoute(activityRoute.GET, { url: "/api/v1/activity", token });
    expect((await activity(first.token)).status).toBe(200);
    await revokeToken(o.caller, ws.slug, { tokenId: first.id });
    expect((await activity(first.token)).status).toBe(401);

    expect((await activity(second.token)).status).toBe(200);
    await changeMemberRole(o.caller, ws.slug, { userId: m.id, role: "member" });
    expect((await activity(second.token)).status).toBe(403);
    const me = await callRoute(workspaceRoute.GET, { url: "/api/v1/workspace", token: second.token });
    expect(me.json.role).toBe("member");

    await removeMember(o.caller, ws.slug, { userId: m.id });
    expect((await activity(second.token)).status).toBe(401);
  });

  it("a service account token works without its creator and stops when the account is removed", async () => {
    const o = await makeUser("api-sa");
    const ws = await makeWorkspace(o);
    const sa = await createServiceAccount(o.caller, ws.slug, { name: "CI bot", role: "member" });
    const t = await createToken(o.caller, ws.slug, { name: "ci", expiresInDays: null, holderId: sa.userId });
    const res = await callRoute(membersRoute.GET, { url: "/api/v1/members", token: t.token });
    expect(res.status).toBe(200);
    expect(res.json.data).toEqual(expect.arrayContaining([expect.objectContaining({ id: sa.userId, serviceAccount: true, email: null })]));
    await removeMember(o.caller, ws.slug, { userId: sa.userId });
    expect((await callRoute(membersRoute.GET, { url: "/api/v1/members", token: t.token })).status).toBe(401);
  });
});

describe("rate limit", () => {
  it("429 with Retry-After once the token exceeds its per-minute budget (counted in PostgreSQL)", async () => {
    const o = await makeUser("api-rl");
    const ws = await makeWorkspace(o);
    const t = await createToken(o.caller, ws.slug, { name: "busy", expiresInDays: 30 });
    const db = await getDb();
    const now = Date.now();
    const windows = [0, 1].map((i) => new Date(Math.floor(now / 60_000) * 60_000 + i * 60_000));
    await db.insert(rateLimits).values(windows.map((windowStart) => ({ key: `api:${t.id}`, windowStart, count: 600 })));
    for (const [route, url] of [
      [workspaceRoute.GET, "/api/v1/workspace"],
      [membersRoute.GET, "/api/v1/members"],
      [activityRoute.GET, "/api/v1/activity"],
    ] as const) {
      const res = await callRoute(route, { url, token: t.token });
      expect(res.status).toBe(429);
      expect(res.json.code).toBe("RATE_LIMITED");
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(Number(res.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    }
    // Another token of the same person has its own budget.
    const other = await createToken(o.caller, ws.slug, { name: "calm", expiresInDays: 30 });
    expect((await callRoute(workspaceRoute.GET, { url: "/api/v1/workspace", token: other.token })).status).toBe(200);
  });
});

describe("OpenAPI document", () => {
  it("is served publicly and describes every route file with its schemas", async () => {
    const res = await openapiRoute.GET();
    expect(res.status).toBe(200);
    const doc = (await res.json()) as ReturnType<typeof buildOpenApiDocument>;
    expect(doc.openapi).toBe("3.1.0");
    for (const op of operations) {
      const file = path.join(process.cwd(), "app", op.path.replace(/^\//, "").replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
      expect(existsSync(file), file).toBe(true);
      const entry = (doc.paths as Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>)[op.path][op.method];
      expect(entry.operationId).toBe(op.id);
      expect(entry.responses).toHaveProperty(op.unauthenticated ? "400" : "401");
    }
    const patch = (doc.paths["/api/v1/members/{id}"] as Record<string, { requestBody: { content: { "application/json": { schema: { properties: Record<string, { enum?: string[] }> } } } } }>).patch;
    expect(patch.requestBody.content["application/json"].schema.properties.role.enum).toEqual(["owner", "manager", "member", "viewer"]);
    expect(doc.components.schemas).toHaveProperty("Problem");
    expect(doc.components.schemas).toHaveProperty("Member");
  });

  it("states each operation's permission, and the roles holding it derived from the one matrix", () => {
    const doc = buildOpenApiDocument();
    for (const op of operations) {
      const entry = (doc.paths as Record<string, Record<string, { "x-permission": string; "x-roles"?: string[]; tags: string[] }>>)[op.path][op.method];
      expect(entry["x-permission"], op.id).toBe(op.permission);
      const cell = (PERMISSIONS as readonly string[]).includes(op.permission);
      expect(entry["x-roles"], op.id).toEqual(cell ? ROLES.filter((r) => can(r, op.permission as Permission)) : undefined);
      expect(doc.tags.map((t) => t.name), op.id).toContain(entry.tags[0]);
    }
    const ops = doc.paths as Record<string, Record<string, { "x-roles"?: string[] }>>;
    expect(ops["/api/v1/workspace/transfer-ownership"].post["x-roles"]).toEqual(["owner"]);
    expect(ops["/api/v1/tokens"].post["x-roles"]).toEqual(["owner", "manager", "member"]);
  });

  it("documents every exported handler of every /api/v1 route file", async () => {
    const root = path.join(process.cwd(), "app", "api", "v1");
    const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith("route.ts"));
    const undocumented: string[] = [];
    for (const file of files) {
      const dir = path.dirname(file);
      if (dir === "openapi.json" || dir.startsWith("[...")) continue;
      const apiPath = `/api/v1/${dir.replace(/\[(\w+)\]/g, "{$1}")}`;
      const mod = (await import(path.join(root, file))) as Record<string, unknown>;
      for (const method of ["GET", "POST", "PATCH", "PUT", "DELETE"]) {
        if (typeof mod[method] !== "function") continue;
        if (!operations.some((op) => op.path === apiPath && op.method === method.toLowerCase())) undocumented.push(`${method} ${apiPath}`);
      }
    }
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(undocumented).toEqual([]);
  });

  it("answers unknown /api/v1 paths with a problem 404", async () => {
    const res = await catchAllRoute.GET(new Request("http://localhost/api/v1/nope"));
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
  });
});
