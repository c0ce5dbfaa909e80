import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { closeDb, getDb } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { can, PERMISSIONS, ROLES, type Permission } from "@/lib/auth/permissions";
import { addLiveToken, callRoute, makeTeam, makeUser, makeWorkspace, type TestUser } from "@/lib/testing/factories";
import { createPersonalToken } from "@/lib/tokens/create-personal-token";
import { createToken } from "@/lib/tokens/create-token";
import { routeHandlerOf } from "@/lib/testing/route-handler-of";
import { operations, type Operation } from "./operations";

// The same contract for every documented operation: 401 without a token, 429 over the token's budget, 404 for a
// workspace outside the token's reach (where the request names one), a 403 exactly where the permission matrix refuses
// the token's role (the documented permission is the one the domain enforces), and a valid example for every body.

afterAll(() => closeDb());

const handlerOf = routeHandlerOf;

let owner: TestUser, outsider: TestUser;
let slug: string;
const tokens = {} as Record<"exhausted" | "outsiderPat" | "outsiderWorkspace" | "ownerPat", string>;

beforeAll(async () => {
  [owner, outsider] = await Promise.all(["c-owner", "c-outsider"].map((n) => makeUser(n)));
  slug = (await makeWorkspace(owner)).slug;
  const exhausted = await createToken(owner.caller, slug, { name: "busy", expiresInDays: 30 });
  tokens.exhausted = exhausted.token;
  const now = Date.now();
  await (await getDb())
    .insert(rateLimits)
    .values([0, 1].map((i) => ({ key: `api:${exhausted.id}`, windowStart: new Date(Math.floor(now / 60_000) * 60_000 + i * 60_000), count: 10_000_000 })));
  tokens.outsiderPat = (await createPersonalToken(outsider.caller, { name: "outsider", expiresInDays: 30 })).token;
  const other = await makeWorkspace(outsider);
  tokens.outsiderWorkspace = (await createToken(outsider.caller, other.slug, { name: "other ws", expiresInDays: 30 })).token;
  tokens.ownerPat = (await createPersonalToken(owner.caller, { name: "owner", expiresInDays: 30 })).token;
});

/** A well-formed value for a path parameter: the workspace's slug, a domain, or an id that names nothing. */
const paramValue = (name: string, workspaceSlug: string) => (name === "slug" ? workspaceSlug : name === "domain" ? "example.org" : randomUUID());

function request(op: Operation, token: string | null, query = "", workspaceSlug = slug) {
  const params: Record<string, string> = {};
  let url = op.path;
  for (const name of Object.keys(op.pathParams ?? {})) {
    const value = paramValue(name, workspaceSlug);
    params[name] = value;
    url = url.replace(`{${name}}`, value);
  }
  return { url: `${url}${query}`, method: op.method.toUpperCase(), token, params, body: op.body ? (op.example ?? {}) : undefined };
}

const named = (ops: Operation[]) => ops.map((op) => [`${op.method.toUpperCase()} ${op.path}`, op] as const);

// Each case below is generated only for the operations it has something to check on. The CLI's login endpoints take
// no token: lib/device/device-flow.int.test.ts tests them.
describe.each(named(operations.filter((o) => !o.unauthenticated)))("%s", (_name, op) => {
  const body = op.body;
  if (body) {
    it("is documented with an example body that its schema accepts", () => {
      expect(body.safeParse(op.example).success).toBe(true);
    });
  }

  it("401 without a token, and with a malformed one", async () => {
    const handler = await handlerOf(op);
    for (const authorization of [undefined, "Bearer rst_nope", "Basic x"]) {
      const res = await callRoute(handler, { ...request(op, null), authorization });
      expect(res.status).toBe(401);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
    }
  });

  it("429 with Retry-After over the token's budget", async () => {
    const res = await callRoute(await handlerOf(op), request(op, tokens.exhausted));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  // Listing and creating workspaces (neither workspace-scoped nor naming a slug) reach no workspace to be outside of.
  if (op.workspaceScoped) {
    it("404 for a workspace outside the token's reach (?workspace=<slug>)", async () => {
      const handler = await handlerOf(op);
      // A person who is not a member names the workspace; a workspace token of another workspace names it too.
      expect((await callRoute(handler, request(op, tokens.outsiderPat, `?workspace=${slug}`))).status).toBe(404);
      expect((await callRoute(handler, request(op, tokens.outsiderWorkspace, `?workspace=${slug}`))).status).toBe(404);
    });
  } else if (op.pathParams?.slug) {
    it("404 for a workspace outside the token's reach (the slug in the path)", async () => {
      const handler = await handlerOf(op);
      expect((await callRoute(handler, request(op, tokens.outsiderPat))).status).toBe(404);
    });
  }

  const permission = op.permission;
  if ((PERMISSIONS as readonly string[]).includes(permission)) {
    it("403 exactly for the roles the matrix refuses (each role's token in a fresh workspace)", async () => {
      const team = await makeTeam();
      const handler = await handlerOf(op);
      // Lowest role first: an operation that succeeds (leave, delete) must not end the workspace before the others are asked.
      for (const role of [...ROLES].reverse()) {
        const { token } = await addLiveToken(team.workspace.id, team[role], role);
        const res = await callRoute(handler, request(op, token, "", team.slug));
        expect(res.status, `${role}: ${JSON.stringify(res.json)}`).toBeLessThan(500);
        if (can(role, permission as Permission)) expect(res.status, `${role}: ${JSON.stringify(res.json)}`).not.toBe(403);
        else expect(res.status, role).toBe(403);
      }
    });
  } else {
    it(`${permission === "any token" ? "never 403" : "403 with every workspace token, never with a personal access token"}`, async () => {
      const team = await makeTeam();
      const handler = await handlerOf(op);
      for (const role of [...ROLES].reverse()) {
        const { token } = await addLiveToken(team.workspace.id, team[role], role);
        const res = await callRoute(handler, request(op, token, "", team.slug));
        expect(res.status, `${role}: ${JSON.stringify(res.json)}`).toBeLessThan(500);
        if (permission === "any token") expect(res.status, role).not.toBe(403);
        else expect(res.status, role).toBe(403);
      }
      const pat = await addLiveToken(null, team.member);
      const res = await callRoute(handler, request(op, pat.token, "", team.slug));
      expect(res.status, JSON.stringify(res.json)).toBeLessThan(500);
      expect(res.status, JSON.stringify(res.json)).not.toBe(403);
    });
  }
});

describe("personal access tokens on workspace-scoped operations", () => {
  it.each(named(operations.filter((o) => o.workspaceScoped && o.method === "get")))(
    "%s needs ?workspace=<slug> (422), and reaches the workspace with it",
    async (_name, op) => {
      const handler = await handlerOf(op);
      expect((await callRoute(handler, request(op, tokens.ownerPat))).status, op.path).toBe(422);
      // A path naming one resource (an endpoint's deliveries) gets a fresh id here, which names nothing: 404, not 200.
      expect((await callRoute(handler, request(op, tokens.ownerPat, `?workspace=${slug}`))).status, op.path).toBe(op.pathParams ? 404 : 200);
    },
  );
});
