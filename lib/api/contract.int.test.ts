import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { closeDb, getDb } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { callRoute, makeUser, makeWorkspace, makeWorkspaceWith, type TestUser } from "@/lib/testing/factories";
import { createPersonalToken } from "@/lib/tokens/create-personal-token";
import { createToken } from "@/lib/tokens/create-token";
import { routeHandlerOf } from "@/lib/testing/route-handler-of";
import { operations, type Operation } from "./operations";

// The same contract for every documented operation: 401 without a token, 429 over the token's budget, 404 for a
// workspace outside the token's reach (where the request names one), 403 when the token's effective role lacks the
// permission (200 where every role has it), and a valid example for every request body.

afterAll(() => closeDb());

const handlerOf = routeHandlerOf;

let owner: TestUser, viewer: TestUser, outsider: TestUser;
let slug: string;
const tokens = {} as Record<"viewer" | "exhausted" | "outsiderPat" | "outsiderWorkspace" | "ownerPat", string>;

beforeAll(async () => {
  [owner, viewer, outsider] = await Promise.all(["c-owner", "c-viewer", "c-outsider"].map((n) => makeUser(n)));
  const ws = await makeWorkspaceWith(owner, [[viewer, "member"]]);
  slug = ws.slug;
  tokens.viewer = (await createToken(viewer.caller, slug, { name: "viewer", expiresInDays: 30 })).token;
  await changeMemberRole(owner.caller, slug, { userId: viewer.id, role: "viewer" });
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

function request(op: Operation, token: string | null, query = "") {
  const params: Record<string, string> = {};
  let url = op.path;
  for (const name of Object.keys(op.pathParams ?? {})) {
    const value = name === "slug" ? slug : randomUUID();
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

  if (op.permission === "personal access token") {
    it("403 with a workspace token (only a personal access token may call it)", async () => {
      const handler = await handlerOf(op);
      // Workspace tokens cannot list or create workspaces.
      expect((await callRoute(handler, request(op, tokens.viewer))).status).toBe(403);
    });
  } else if (op.permission !== "anyone" && !can("viewer", op.permission)) {
    it("403 when the token's effective role lacks the permission", async () => {
      const handler = await handlerOf(op);
      expect((await callRoute(handler, request(op, tokens.viewer))).status).toBe(403);
    });
  } else {
    it("200 for a viewer's token (every role has the permission)", async () => {
      const handler = await handlerOf(op);
      // Readable by every role: a viewer's token gets a 200.
      expect((await callRoute(handler, request(op, tokens.viewer))).status).toBe(200);
    });
  }
});

describe("personal access tokens on workspace-scoped operations", () => {
  it.each(named(operations.filter((o) => o.workspaceScoped && o.method === "get")))(
    "%s needs ?workspace=<slug> (422), and reaches the workspace with it",
    async (_name, op) => {
      const handler = await handlerOf(op);
      expect((await callRoute(handler, request(op, tokens.ownerPat))).status, op.path).toBe(422);
      expect((await callRoute(handler, request(op, tokens.ownerPat, `?workspace=${slug}`))).status, op.path).toBe(200);
    },
  );
});
