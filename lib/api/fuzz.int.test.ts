import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { invitations } from "@/db/schema";
import { createInviteLink } from "@/lib/invitations/create-invite-link";
import { inviteMembers } from "@/lib/invitations/invite-members";
import { callRoute, fuzzState, makeUser, makeWorkspaceWith, type TestUser } from "@/lib/testing/factories";
import { fuzzParameters, inputFor, oddContentType, oddCursor, oddId, oddKey, oddString, rawBodyFor } from "@/lib/testing/fuzz";
import { createPersonalToken } from "@/lib/tokens/create-personal-token";
import { createToken } from "@/lib/tokens/create-token";
import { routeHandlerOf } from "@/lib/testing/route-handler-of";
import { operations, type Operation } from "./operations";

// Property over every operation of the registry: whatever the path parameters, query, body and content type, the
// answer is never a 5xx, a refusal (4xx) changes no row, and a body its schema refuses is never accepted.

afterAll(() => closeDb());

const handlerOf = routeHandlerOf;

let owner: TestUser;
let workspace: { id: string; slug: string };
let workspaceToken: string, personalToken: string;
let realIds: string[];

beforeAll(async () => {
  // Hundreds of requests with one token in well under a minute: the rate limit is not what this test checks.
  process.env.API_RATE_LIMIT = "1000000";
  const [o, member, viewer] = await Promise.all(["f-owner", "f-member", "f-viewer"].map((n) => makeUser(n)));
  owner = o;
  workspace = await makeWorkspaceWith(owner, [[member, "member"], [viewer, "viewer"]]);
  workspaceToken = (await createToken(owner.caller, workspace.slug, { name: "fuzz", expiresInDays: 30 })).token;
  personalToken = (await createPersonalToken(owner.caller, { name: "fuzz", expiresInDays: 30 })).token;
  await inviteMembers(owner.caller, workspace.slug, { emails: ["fuzz-invitee@example.com"], role: "member" });
  const link = await createInviteLink(owner.caller, workspace.slug, { role: "member", expiresIn: "7d" });
  const [invitation] = await (await getDb()).select({ id: invitations.id }).from(invitations).where(eq(invitations.workspaceId, workspace.id));
  realIds = [member.id, viewer.id, owner.id, invitation.id, link.id];
});

/** Whether a raw body is one the operation's schema accepts (a refused one must never succeed). */
function bodyIsValid(op: Operation, rawBody: string | undefined): boolean {
  if (!op.body) return true;
  try {
    const value: unknown = JSON.parse(rawBody ?? "");
    return typeof value === "object" && value !== null && !Array.isArray(value) && op.body.safeParse(value).success;
  } catch {
    return false;
  }
}

/** A request to `op`: odd path parameters, query and body; never one that deletes the fixture workspace. */
function requestFor(op: Operation) {
  const destructive = op.id === "deleteWorkspace" || op.id === "deleteWorkspaceBySlug";
  const queryKeys = [...Object.keys(op.query?.shape ?? {}), "workspace"];
  const params = fc.record(
    Object.fromEntries(Object.keys(op.pathParams ?? {}).map((name) => [name, name === "slug" ? oddString : oddId(realIds)])),
  ) as fc.Arbitrary<Record<string, string>>;
  const entry = fc.oneof(
    fc.tuple(fc.constantFrom(...queryKeys), oddString),
    fc.tuple(oddKey, oddString),
    ...(queryKeys.includes("cursor") ? [fc.tuple(fc.constant("cursor"), oddCursor)] : []),
  ) as fc.Arbitrary<[string, string]>;
  // Mostly one odd parameter, so that it is the one the call trips on; sometimes several.
  const query = fc.oneof(entry.map((e) => [e]), fc.array(entry, { maxLength: 4 }));
  return fc.record({
    params,
    query,
    rawQuery: fc.constantFrom("", "", "", "&%ZZ=1", "&cursor=%FF%FE", "&limit=1e400&page=-0", "&workspace="),
    personal: fc.boolean(),
    body: op.body ? rawBodyFor(inputFor(op.example)) : fc.constant(undefined),
    contentType: oddContentType,
  }).map((r) => ({
    ...r,
    // A personal access token names the fixture workspace unless the odd query names another.
    personalQuery: r.query.some(([k]) => k === "workspace") ? [] : [["workspace", workspace.slug] as [string, string]],
    // The fixture workspace is deleted only by a request naming it: these never name it.
    query: destructive ? [...r.query.filter(([k]) => k !== "workspace"), ["workspace", `not-${workspace.slug}`] as [string, string]] : r.query,
    params: destructive && "slug" in r.params && r.params.slug === workspace.slug ? { slug: "x" } : r.params,
  }));
}

/** Always tried first: NUL in every path parameter, an impossible cursor instant, a lone surrogate in the body. */
type GeneratedRequest = ReturnType<typeof requestFor> extends fc.Arbitrary<infer T> ? T : never;

function fixedExamples(op: Operation): [GeneratedRequest][] {
  const base = { rawQuery: "" as const, personal: false, contentType: "application/json", personalQuery: [] as [string, string][] };
  const params = Object.fromEntries(Object.keys(op.pathParams ?? {}).map((name) => [name, "a\u0000b"]));
  const cursor = Buffer.from("9999-99-99 99:99:99+00|1", "utf8").toString("base64url");
  const [first] = Object.keys(op.example ?? {});
  const surrogate = op.body ? `${JSON.stringify({ ...op.example, [first ?? "x"]: "\uD800" }).slice(0, -1)}}` : undefined;
  return [
    [{ ...base, params, query: [["cursor", cursor]], body: op.body ? JSON.stringify(op.example) : undefined }],
    [{ ...base, params: Object.fromEntries(Object.keys(params).map((k) => [k, "x"])), query: [], body: surrogate }],
  ];
}

describe.each(operations.map((op) => [`${op.method.toUpperCase()} ${op.path}`, op] as const))("%s", (_name, op) => {
  it("never answers 5xx to malformed input, and a refusal changes no row", async () => {
    const handler = await handlerOf(op);
    await fc.assert(
      fc.asyncProperty(requestFor(op), async (r) => {
        let url = op.path;
        for (const [name, value] of Object.entries(r.params)) url = url.replace(`{${name}}`, encodeURIComponent(value.toWellFormed())); // the handler gets the raw value in params
        const personal = !op.workspaceScoped || r.personal;
        const search = new URLSearchParams(personal && op.workspaceScoped ? [...r.query, ...r.personalQuery] : r.query);
        const before = await fuzzState(workspace.id, owner.id);
        const res = await callRoute(handler, {
          url: `${url}?${search}${r.rawQuery}`,
          method: op.method.toUpperCase(),
          token: personal ? personalToken : workspaceToken,
          params: r.params,
          rawBody: r.body,
          headers: r.contentType === undefined ? {} : { "content-type": r.contentType },
        });
        expect(res.status, JSON.stringify(res.json)).toBeLessThan(500);
        if (res.status >= 400) expect(await fuzzState(workspace.id, owner.id)).toEqual(before);
        else expect(bodyIsValid(op, r.body), `accepted a body its schema refuses: ${r.body?.slice(0, 200)}`).toBe(true);
      }),
      fuzzParameters(op.id, fixedExamples(op)),
    );
  });
});
