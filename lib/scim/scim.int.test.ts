import { afterAll, describe, expect, it, vi } from "vitest";

// getEnv() caches on first use: a small member quota and rate limit before anything reads them (own process).
vi.hoisted(() => {
  process.env.MAX_MEMBERS = "8";
  process.env.API_RATE_LIMIT = "100";
});

import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { activityEvents, apiTokens, memberships, scimTokens, ssoConnections, users } from "@/db/schema";
import { hashToken } from "@/lib/tokens/token-format";
import { getEnv } from "@/lib/env";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { authenticateToken } from "@/lib/tokens/authenticate-token";
import { addLiveToken, addMember, expectRefused, makeTeam, makeUser, rolesOf, uniqueDomain, withNewEvents, type Team } from "@/lib/testing/factories";
import {
  expectScimError,
  MALFORMED_PATCHES,
  MALFORMED_REQUESTS,
  PATCH_OP,
  replayEntraSession,
  replayOktaSession,
  scimTransport,
  USER_SCHEMA,
  type MembershipProbe,
} from "@/lib/testing/scim-client";
import { createScimToken } from "./create-scim-token";
import { listScimTokens } from "./list-scim-tokens";
import { revokeScimToken } from "./revoke-scim-token";
import { scimHandler } from "./scim-handler";

afterAll(() => closeDb());

const BASE = "http://localhost:3000";

/** The route handler, called in-process the way Next.js calls it. */
function clientFor(slug: string, token: string) {
  return scimTransport(BASE, slug, token, async (request) => {
    const path = new URL(request.url).pathname.split("/").slice(4).filter(Boolean).map(decodeURIComponent);
    return scimHandler(request, { params: Promise.resolve({ slug, path }) });
  });
}

async function scimTeam() {
  const team = await makeTeam();
  const { token, id } = await createScimToken(team.owner.caller, team.slug, { name: "Okta" });
  return { team, token, tokenId: id, scim: clientFor(team.slug, token) };
}

function probeOf(team: Team): MembershipProbe {
  return async (email) => {
    const db = await getDb();
    const [row] = await db
      .select({ role: memberships.role, suspendedAt: memberships.suspendedAt })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.workspaceId, team.workspace.id), eq(users.email, email)));
    return row ? { role: row.role, suspended: row.suspendedAt !== null } : null;
  };
}

async function mapGroup(team: Team, group: string, role: "manager" | "viewer") {
  const db = await getDb();
  await db.insert(ssoConnections).values({ workspaceId: team.workspace.id, protocol: "oidc", displayName: "Okta", groupRoles: [{ group, role }] });
}

const people = (prefix: string) => {
  const domain = uniqueDomain(prefix);
  return { email: `ada@${domain}`, newEmail: `ada.smith@${domain}`, given: "Ada", family: "Lovelace", group: `Managers ${domain}` };
};

describe("SCIM tokens", () => {
  it("an owner creates one (shown once, stored hashed), lists it and revokes it, each recorded", async () => {
    const team = await makeTeam();
    const { result: created, events } = await withNewEvents(team.workspace.id, () => createScimToken(team.owner.caller, team.slug, { name: "Entra ID" }));
    expect(created.token).toMatch(/^rsc_[0-9A-Za-z]{36}$/);
    const db = await getDb();
    const [row] = await db.select().from(scimTokens).where(eq(scimTokens.id, created.id));
    expect(row.tokenHash).toBe(hashToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect(events).toEqual([expect.objectContaining({ action: "scim.token_created", actorId: team.owner.id, targetLabel: "Entra ID" })]);
    expect((await listScimTokens(team.owner.caller, team.slug)).map((t) => t.name)).toEqual(["Entra ID"]);
    const revoked = await withNewEvents(team.workspace.id, () => revokeScimToken(team.owner.caller, team.slug, { tokenId: created.id }));
    expect(revoked.events).toEqual([expect.objectContaining({ action: "scim.token_revoked", targetLabel: "Entra ID" })]);
    expect(await listScimTokens(team.owner.caller, team.slug)).toEqual([]);
  });

  it("managers, members, viewers and outsiders cannot create, list or revoke SCIM tokens", async () => {
    const team = await makeTeam();
    const { id } = await createScimToken(team.owner.caller, team.slug, { name: "Okta" });
    for (const who of [team.manager, team.member, team.viewer]) {
      await expectRefused(team.workspace.id, () => createScimToken(who.caller, team.slug, { name: "Mine" }), "FORBIDDEN");
      await expectRefused(team.workspace.id, () => revokeScimToken(who.caller, team.slug, { tokenId: id }), "FORBIDDEN");
      await expectRefused(team.workspace.id, () => listScimTokens(who.caller, team.slug), "FORBIDDEN");
    }
    await expectRefused(team.workspace.id, () => createScimToken(team.outsider.caller, team.slug, { name: "Mine" }), "NOT_FOUND");
  });

  it("an owner's API token with a manager ceiling cannot create one; a personal workspace has none", async () => {
    const team = await makeTeam();
    const { token } = await addLiveToken(team.workspace.id, team.owner, "manager");
    const caller = await authenticateToken(`Bearer ${token}`);
    await expectRefused(team.workspace.id, () => createScimToken(caller, team.slug, { name: "Mine" }), "FORBIDDEN");
    const db = await getDb();
    const personal = await db.query.workspaces.findFirst({ where: (w, { and: all, eq: is }) => all(is(w.personal, true), is(w.createdBy, team.owner.id)) });
    if (personal) await expectRefused(personal.id, () => createScimToken(team.owner.caller, personal.slug, { name: "Mine" }), "FORBIDDEN");
    expect(await listScimTokens(team.owner.caller, team.slug)).toEqual([]);
  });
});

describe("SCIM tokens on the Access page", () => {
  it("the overview lists live SCIM tokens; closing every door leaves them (each has its own revoke)", async () => {
    const { team, tokenId } = await scimTeam();
    const { getAccessOverview } = await import("@/lib/access/get-access-overview");
    const { closeEveryDoor } = await import("@/lib/access/close-every-door");
    expect((await getAccessOverview(team.manager.caller, team.slug)).scimTokens).toEqual([expect.objectContaining({ id: tokenId, name: "Okta" })]);
    await closeEveryDoor(team.owner.caller, team.slug, { confirmSlug: team.slug });
    expect((await getAccessOverview(team.owner.caller, team.slug)).scimTokens.map((t) => t.id)).toEqual([tokenId]);
  });
});

describe("SCIM authentication", () => {
  it("a missing, malformed, unknown or revoked token, an API token, and another workspace's token all get 401", async () => {
    const a = await scimTeam();
    const b = await scimTeam();
    expectScimError(await a.scim("GET", "/Users", { token: null }), 401);
    expectScimError(await a.scim("GET", "/Users", { token: "rsc_short" }), 401);
    expectScimError(await a.scim("GET", "/Users", { token: `rsc_${"A".repeat(36)}` }), 401);
    const { token: apiToken } = await addLiveToken(a.team.workspace.id, a.team.owner, "owner");
    expectScimError(await a.scim("GET", "/Users", { token: apiToken }), 401);
    // B's token cannot reach A's workspace, and nothing tells whether A exists.
    expectScimError(await a.scim("GET", "/Users", { token: b.token }), 401);
    expectScimError(await clientFor("no-such-workspace", b.token)("GET", "/Users"), 401);
    expect((await a.scim("GET", "/Users")).status).toBe(200);
    await revokeScimToken(a.team.owner.caller, a.team.slug, { tokenId: a.tokenId });
    const refused = await a.scim("GET", "/Users");
    expectScimError(refused, 401);
  });

  it("a token is rate-limited per minute with Retry-After", async () => {
    const { scim, tokenId } = await scimTeam();
    expect((await scim("GET", "/ServiceProviderConfig")).status).toBe(200);
    // Use up the rest of this minute's requests the way the handler counts them, then one more is refused.
    await consumeRateLimit(await getDb(), `scim:${tokenId}`, Number.MAX_SAFE_INTEGER, 60, "", getEnv().API_RATE_LIMIT);
    const limited = await scim("GET", "/ServiceProviderConfig");
    expectScimError(limited, 429);
    expect(Number(limited.retryAfter)).toBeGreaterThan(0);
  });
});

describe("SCIM discovery", () => {
  it("ServiceProviderConfig, ResourceTypes and Schemas answer with the workspace's base URL", async () => {
    const { team, scim } = await scimTeam();
    const config = await scim("GET", "/ServiceProviderConfig");
    expect(config.contentType).toContain("application/scim+json");
    expect(config.body).toMatchObject({ patch: { supported: true }, filter: { supported: true, maxResults: 200 }, bulk: { supported: false } });
    expect(JSON.stringify(config.body)).toContain(`${BASE}/scim/v2/${team.slug}/ServiceProviderConfig`);
    const types = await scim("GET", "/ResourceTypes");
    expect((types.body?.Resources as { id: string }[]).map((r) => r.id).sort()).toEqual(["Group", "User"]);
    const schemas = await scim("GET", "/Schemas");
    expect((schemas.body?.Resources as { id: string }[]).map((r) => r.id)).toContain(USER_SCHEMA);
    expect((await scim("GET", `/Schemas/${USER_SCHEMA}`)).status).toBe(200);
  });
});

describe("SCIM Users and Groups", () => {
  it("replays Okta's provisioning session", async () => {
    const { team, scim } = await scimTeam();
    const p = people("okta");
    await mapGroup(team, p.group, "manager");
    const id = await replayOktaSession(scim, probeOf(team), p, "manager");
    const events = (await getDb()).select().from(activityEvents).where(and(eq(activityEvents.workspaceId, team.workspace.id), eq(activityEvents.targetId, id)));
    const actions = (await events).map((e) => [e.action, e.actorType, e.actorLabel]);
    expect(actions).toEqual(
      expect.arrayContaining([
        ["member.provisioned", "system", "SCIM"],
        ["member.profile_provisioned", "system", "SCIM"],
        ["member.suspended", "system", "SCIM"],
        ["member.reactivated", "system", "SCIM"],
        ["member.role_changed", "system", "SCIM"],
        ["member.removed", "system", "SCIM"],
      ]),
    );
    expect((await events).every((e) => e.metadata.via === "scim" && e.metadata.scimToken === "Okta")).toBe(true);
  });

  it("replays Entra ID's provisioning session", async () => {
    const { team, scim } = await scimTeam();
    const p = people("entra");
    await mapGroup(team, p.group, "viewer");
    await replayEntraSession(scim, probeOf(team), p, "viewer");
  });

  it("a new member gets the SSO connection's default role; a list paginates with startIndex and count", async () => {
    const { team, scim } = await scimTeam();
    const db = await getDb();
    await db.insert(ssoConnections).values({ workspaceId: team.workspace.id, protocol: "oidc", displayName: "Okta", defaultRole: "viewer" });
    const domain = uniqueDomain("page");
    for (const n of [1, 2, 3]) expect((await scim("POST", "/Users", { body: { schemas: [USER_SCHEMA], userName: `p${n}@${domain}` } })).status).toBe(201);
    expect(await probeOf(team)(`p1@${domain}`)).toEqual({ role: "viewer", suspended: false });
    const all = await scim("GET", "/Users");
    expect(all.body).toMatchObject({ totalResults: 7, startIndex: 1 });
    const page = await scim("GET", "/Users?startIndex=2&count=2");
    expect(page.body).toMatchObject({ totalResults: 7, startIndex: 2, itemsPerPage: 2 });
    expect((page.body?.Resources as unknown[]).length).toBe(2);
    const filtered = await scim("GET", `/Users?filter=${encodeURIComponent(`userName sw "p" and active eq true`)}`);
    expect((filtered.body?.Resources as { userName: string }[]).map((u) => u.userName).sort()).toEqual([1, 2, 3].map((n) => `p${n}@${domain}`));
    // An existing member cannot be created twice.
    expectScimError(await scim("POST", "/Users", { body: { schemas: [USER_SCHEMA], userName: team.member.email } }), 409, "uniqueness");
  });

  it("an existing person joins without their account being renamed; their address is not SCIM's to change", async () => {
    const { scim } = await scimTeam();
    const elsewhere = await makeUser("Grace Hopper");
    const created = await scim("POST", "/Users", { body: { schemas: [USER_SCHEMA], userName: elsewhere.email, name: { formatted: "G. Hopper" } } });
    expect(created.status).toBe(201);
    const db = await getDb();
    const [user] = await db.select({ name: users.name }).from(users).where(eq(users.id, elsewhere.id));
    expect(user.name).toBe("Grace Hopper");
    const id = (created.body as { id: string }).id;
    const change = { schemas: [PATCH_OP], Operations: [{ op: "replace", path: "userName", value: `other@${uniqueDomain()}` }] };
    expectScimError(await scim("PATCH", `/Users/${id}`, { body: change }), 400, "mutability");
    // Into another person's address: refused as a duplicate.
    const mine = await scim("POST", "/Users", { body: { schemas: [USER_SCHEMA], userName: `new@${uniqueDomain()}` } });
    const taken = { schemas: [PATCH_OP], Operations: [{ op: "replace", path: "userName", value: elsewhere.email }] };
    expectScimError(await scim("PATCH", `/Users/${(mine.body as { id: string }).id}`, { body: taken }), 409, "uniqueness");
  });

  it("the last active owner is never deactivated or deleted by SCIM; another owner can be", async () => {
    const { team, scim } = await scimTeam();
    const deactivate = { schemas: [PATCH_OP], Operations: [{ op: "replace", value: { active: "False" } }] };
    expectScimError(await scim("PATCH", `/Users/${team.owner.id}`, { body: deactivate }), 409);
    expectScimError(await scim("DELETE", `/Users/${team.owner.id}`), 409);
    expect(await probeOf(team)(team.owner.email)).toEqual({ role: "owner", suspended: false });
    const second = await makeUser("Second Owner");
    await addMember(team.workspace.id, second, "owner");
    expect((await scim("PATCH", `/Users/${second.id}`, { body: deactivate })).status).toBe(200);
    expect(await probeOf(team)(second.email)).toEqual({ role: "owner", suspended: true });
    // Now the first owner is the last active one again.
    expectScimError(await scim("PATCH", `/Users/${team.owner.id}`, { body: deactivate }), 409);
  });

  it("DELETE removes the membership like removeMember: their tokens are revoked", async () => {
    const { team, scim } = await scimTeam();
    const { id: tokenId } = await addLiveToken(team.workspace.id, team.member, "member");
    expect((await scim("DELETE", `/Users/${team.member.id}`)).status).toBe(204);
    const db = await getDb();
    const [token] = await db.select({ revokedAt: apiTokens.revokedAt }).from(apiTokens).where(eq(apiTokens.id, tokenId));
    expect(token.revokedAt).not.toBeNull();
    expect(await probeOf(team)(team.member.email)).toBeNull();
  });

  it("a full workspace refuses a new user with a SCIM error", async () => {
    const { team, scim } = await scimTeam();
    for (const n of [1, 2, 3, 4]) await addMember(team.workspace.id, await makeUser(`Filler ${n}`), "member");
    expect(Object.keys(await rolesOf(team.workspace.id))).toHaveLength(8);
    expectScimError(await scim("POST", "/Users", { body: { schemas: [USER_SCHEMA], userName: `full@${uniqueDomain()}` } }), 403);
    expect(Object.keys(await rolesOf(team.workspace.id))).toHaveLength(8);
  });

  it("malformed requests get SCIM errors with a 4xx status, never a 500", async () => {
    const { team, scim } = await scimTeam();
    for (const r of MALFORMED_REQUESTS) {
      const answer = await scim(r.method, r.path, { raw: r.raw, body: r.body });
      expect(answer.status, `${r.name}: ${JSON.stringify(answer.body)}`).toBeGreaterThanOrEqual(400);
      expect(answer.status, r.name).toBeLessThan(500);
      expect(answer.body, r.name).toMatchObject({ schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: String(answer.status) });
    }
    for (const body of MALFORMED_PATCHES) {
      const answer = await scim("PATCH", `/Users/${team.member.id}`, { body });
      expect(answer.status, `${JSON.stringify(body)}: ${JSON.stringify(answer.body)}`).toBeGreaterThanOrEqual(400);
      expect(answer.status, JSON.stringify(body)).toBeLessThan(500);
    }
    expect(await probeOf(team)(team.member.email)).toEqual({ role: "member", suspended: false });
  });
});
