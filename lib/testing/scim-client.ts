// Tests only: a SCIM client over any transport (the route handler in-process, or a running server over HTTP), and the
// provisioning sessions Okta and Entra ID run, replayed request by request with the shapes each of them sends.
import { expect } from "vitest";

export type ScimReply = { status: number; contentType: string | null; retryAfter: string | null; location: string | null; body: Record<string, unknown> | null };
export type ScimTransport = (method: string, path: string, options?: { body?: unknown; raw?: string; token?: string | null }) => Promise<ScimReply>;

export const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
export const USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
export const GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
export const ENTERPRISE_SCHEMA = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
export const ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

async function reply(response: Response): Promise<ScimReply> {
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    retryAfter: response.headers.get("retry-after"),
    location: response.headers.get("location"),
    body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
  };
}

/** A transport that calls `fetch`-like `send` with a full Request for `<base>/scim/v2/<slug><path>`. */
export function scimTransport(base: string, slug: string, token: string, send: (request: Request) => Promise<Response>): ScimTransport {
  return async (method, path, options = {}) => {
    const headers = new Headers({ accept: "application/scim+json" });
    const bearer = options.token === undefined ? token : options.token;
    if (bearer !== null) headers.set("authorization", `Bearer ${bearer}`);
    const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    if (body !== undefined) headers.set("content-type", "application/scim+json");
    return reply(await send(new Request(`${base}/scim/v2/${slug}${path}`, { method, headers, body })));
  };
}

/** Asserts a SCIM Error document with this status (and scimType, if given). */
export function expectScimError(r: ScimReply, status: number, scimType?: string) {
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  expect(r.contentType).toContain("application/scim+json");
  expect(r.body).toMatchObject({ schemas: [ERROR_SCHEMA], status: String(status), ...(scimType ? { scimType } : {}) });
}

function expectOk(r: ScimReply, status = 200) {
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  expect(r.contentType).toContain("application/scim+json");
  return r.body as Record<string, unknown> & { id: string };
}

/** What a session checks in the database between requests (the test passes it). */
export type MembershipProbe = (email: string) => Promise<{ role: string; suspended: boolean } | null>;

export type SessionPeople = { email: string; newEmail: string; given: string; family: string; group: string };

/**
 * Okta's provisioning session (as its SCIM 2.0 app integration sends it): look up by userName, create, get, update
 * name and email with PUT, deactivate and reactivate with PATCH `replace` + `value: { active }`, push a group and its
 * members, remove the member from it, and deprovision (Okta deactivates; an admin's delete then DELETEs).
 */
export async function replayOktaSession(scim: ScimTransport, probe: MembershipProbe, p: SessionPeople, roleOfGroup: string) {
  const lookup = expectOk(await scim("GET", `/Users?filter=${encodeURIComponent(`userName eq "${p.email}"`)}&startIndex=1&count=100`));
  expect(lookup).toMatchObject({ totalResults: 0, Resources: [] });
  const user = {
    schemas: [USER_SCHEMA],
    userName: p.email,
    name: { givenName: p.given, familyName: p.family },
    emails: [{ primary: true, value: p.email, type: "work" }],
    displayName: `${p.given} ${p.family}`,
    locale: "en-US",
    externalId: `00u${p.given}`,
    groups: [],
    password: "ignored-1!",
    active: true,
  };
  const created = expectOk(await scim("POST", "/Users", { body: user }), 201);
  expect(created).toMatchObject({ userName: p.email, active: true, name: { givenName: p.given, familyName: p.family } });
  expect(created.password).toBeUndefined();
  expect(await probe(p.email)).toEqual({ role: "member", suspended: false });
  const id = created.id;

  expect(expectOk(await scim("GET", `/Users/${id}`))).toMatchObject({ id, userName: p.email, externalId: `00u${p.given}` });
  const found = expectOk(await scim("GET", `/Users?filter=${encodeURIComponent(`userName eq "${p.email.toUpperCase()}"`)}&startIndex=1&count=100`));
  expect(found).toMatchObject({ totalResults: 1, startIndex: 1, Resources: [{ id }] });

  const renamed = { ...user, id, userName: p.newEmail, name: { givenName: p.given, familyName: `${p.family}-Smith` }, emails: [{ primary: true, value: p.newEmail, type: "work" }] };
  expect(expectOk(await scim("PUT", `/Users/${id}`, { body: renamed }))).toMatchObject({ userName: p.newEmail, name: { familyName: `${p.family}-Smith` } });
  expect(await probe(p.email)).toBeNull();
  expect(await probe(p.newEmail)).toEqual({ role: "member", suspended: false });

  const deactivate = { schemas: [PATCH_OP], Operations: [{ op: "replace", value: { active: false } }] };
  expect(expectOk(await scim("PATCH", `/Users/${id}`, { body: deactivate }))).toMatchObject({ active: false });
  expect(await probe(p.newEmail)).toEqual({ role: "member", suspended: true });
  const reactivate = { schemas: [PATCH_OP], Operations: [{ op: "replace", value: { active: true } }] };
  expect(expectOk(await scim("PATCH", `/Users/${id}`, { body: reactivate }))).toMatchObject({ active: true });
  expect(await probe(p.newEmail)).toEqual({ role: "member", suspended: false });

  // Group push: create the group, then PATCH its members in and out.
  const group = expectOk(await scim("POST", "/Groups", { body: { schemas: [GROUP_SCHEMA], displayName: p.group, members: [] } }), 201);
  const add = { schemas: [PATCH_OP], Operations: [{ op: "add", path: "members", value: [{ value: id, display: p.newEmail }] }] };
  expect(expectOk(await scim("PATCH", `/Groups/${group.id}`, { body: add }))).toMatchObject({ members: [{ value: id }] });
  expect(await probe(p.newEmail)).toEqual({ role: roleOfGroup, suspended: false });
  const rename = { schemas: [PATCH_OP], Operations: [{ op: "replace", value: { id: group.id, displayName: `${p.group} (renamed)` } }] };
  expect(expectOk(await scim("PATCH", `/Groups/${group.id}`, { body: rename }))).toMatchObject({ displayName: `${p.group} (renamed)` });
  expect(await probe(p.newEmail)).toEqual({ role: "member", suspended: false });
  const back = { schemas: [PATCH_OP], Operations: [{ op: "replace", value: { id: group.id, displayName: p.group } }] };
  expectOk(await scim("PATCH", `/Groups/${group.id}`, { body: back }));
  expect(await probe(p.newEmail)).toEqual({ role: roleOfGroup, suspended: false });
  const remove = { schemas: [PATCH_OP], Operations: [{ op: "remove", path: `members[value eq "${id}"]` }] };
  expect(expectOk(await scim("PATCH", `/Groups/${group.id}`, { body: remove })).members ?? []).toEqual([]);
  expect(await probe(p.newEmail)).toEqual({ role: "member", suspended: false });
  expect((await scim("DELETE", `/Groups/${group.id}`)).status).toBe(204);
  expectScimError(await scim("GET", `/Groups/${group.id}`), 404);

  expect((await scim("DELETE", `/Users/${id}`)).status).toBe(204);
  expect(await probe(p.newEmail)).toBeNull();
  expectScimError(await scim("GET", `/Users/${id}`), 404);
  return id;
}

/**
 * Entra ID's provisioning session (its SCIM client's documented shapes): a lookup by userName, create with the
 * enterprise extension, PATCH with capitalised ops, paths like `emails[type eq "work"].value` and booleans sent as
 * strings ("False"), group membership by `Add`/`Remove` on `members`, and a hard DELETE.
 */
export async function replayEntraSession(scim: ScimTransport, probe: MembershipProbe, p: SessionPeople, roleOfGroup: string) {
  expect(expectOk(await scim("GET", `/Users?filter=${encodeURIComponent(`userName eq "${p.email}"`)}`))).toMatchObject({ totalResults: 0 });
  const created = expectOk(
    await scim("POST", "/Users", {
      body: {
        schemas: [USER_SCHEMA, ENTERPRISE_SCHEMA],
        externalId: `entra-${p.given}`,
        userName: p.email,
        active: true,
        displayName: `${p.given} ${p.family}`,
        emails: [{ primary: true, type: "work", value: p.email }],
        meta: { resourceType: "User" },
        name: { formatted: `${p.given} ${p.family}`, familyName: p.family, givenName: p.given },
        roles: [],
        [ENTERPRISE_SCHEMA]: { department: "Engineering", employeeNumber: "42" },
      },
    }),
    201,
  );
  const id = created.id;
  expect(created).toMatchObject({ userName: p.email, externalId: `entra-${p.given}` });
  expect(await probe(p.email)).toEqual({ role: "member", suspended: false });
  expect(expectOk(await scim("GET", `/Users?filter=${encodeURIComponent(`externalId eq "entra-${p.given}"`)}`))).toMatchObject({ totalResults: 1, Resources: [{ id }] });
  expectOk(await scim("GET", `/Users/${id}`));

  const update = {
    schemas: [PATCH_OP],
    Operations: [
      { op: "Replace", path: "name.familyName", value: `${p.family}-Jones` },
      { op: "Replace", path: 'emails[type eq "work"].value', value: p.newEmail },
      { op: "Replace", path: "userName", value: p.newEmail },
    ],
  };
  expect(expectOk(await scim("PATCH", `/Users/${id}`, { body: update }))).toMatchObject({ userName: p.newEmail, name: { familyName: `${p.family}-Jones` } });
  expect(await probe(p.newEmail)).toEqual({ role: "member", suspended: false });

  const disable = { schemas: [PATCH_OP], Operations: [{ op: "Replace", path: "active", value: "False" }] };
  expect(expectOk(await scim("PATCH", `/Users/${id}`, { body: disable }))).toMatchObject({ active: false });
  expect(await probe(p.newEmail)).toEqual({ role: "member", suspended: true });
  const enable = { schemas: [PATCH_OP], Operations: [{ op: "Replace", path: "active", value: "True" }] };
  expect(expectOk(await scim("PATCH", `/Users/${id}`, { body: enable }))).toMatchObject({ active: true });
  expect(await probe(p.newEmail)).toEqual({ role: "member", suspended: false });

  const group = expectOk(
    await scim("POST", "/Groups", { body: { schemas: [GROUP_SCHEMA], externalId: `g-${p.group}`, displayName: p.group, meta: { resourceType: "Group" } } }),
    201,
  );
  expect(expectOk(await scim("GET", `/Groups?filter=${encodeURIComponent(`displayName eq "${p.group}"`)}`))).toMatchObject({ totalResults: 1 });
  const add = { schemas: [PATCH_OP], Operations: [{ op: "Add", path: "members", value: [{ value: id }] }] };
  expectOk(await scim("PATCH", `/Groups/${group.id}`, { body: add }));
  expect(await probe(p.newEmail)).toEqual({ role: roleOfGroup, suspended: false });
  const remove = { schemas: [PATCH_OP], Operations: [{ op: "Remove", path: "members", value: [{ value: id }] }] };
  expectOk(await scim("PATCH", `/Groups/${group.id}`, { body: remove }));
  expect(await probe(p.newEmail)).toEqual({ role: "member", suspended: false });
  expect((await scim("DELETE", `/Groups/${group.id}`)).status).toBe(204);

  expect((await scim("DELETE", `/Users/${id}`)).status).toBe(204);
  expect(await probe(p.newEmail)).toBeNull();
  return id;
}

/** Bodies and requests no SCIM server should answer with a 500: each must get a SCIM error with a 4xx status. */
export const MALFORMED_REQUESTS: { name: string; method: string; path: string; raw?: string; body?: unknown }[] = [
  { name: "invalid JSON", method: "POST", path: "/Users", raw: "{not json" },
  { name: "empty body", method: "POST", path: "/Users", raw: "" },
  { name: "a JSON array", method: "POST", path: "/Users", raw: "[1,2]" },
  { name: "a JSON string", method: "POST", path: "/Users", raw: '"user"' },
  { name: "null", method: "POST", path: "/Users", raw: "null" },
  { name: "NUL character", method: "POST", path: "/Users", raw: '{"userName":"a\\u0000@x.io"}' },
  { name: "deeply nested", method: "POST", path: "/Users", raw: `{"userName":${"[".repeat(40)}${"]".repeat(40)}}` },
  { name: "no userName", method: "POST", path: "/Users", body: { schemas: [USER_SCHEMA] } },
  { name: "userName not an email", method: "POST", path: "/Users", body: { schemas: [USER_SCHEMA], userName: "not-an-email" } },
  { name: "userName a number", method: "POST", path: "/Users", body: { schemas: [USER_SCHEMA], userName: 42 } },
  { name: "unknown attribute", method: "POST", path: "/Users", body: { schemas: [USER_SCHEMA], userName: "u@x.io", favouriteColour: "blue" } },
  { name: "name a string", method: "POST", path: "/Users", body: { schemas: [USER_SCHEMA], userName: "u@x.io", name: "Ada" } },
  { name: "active not a boolean", method: "POST", path: "/Users", body: { schemas: [USER_SCHEMA], userName: "u@x.io", active: "maybe" } },
  { name: "emails not a list", method: "POST", path: "/Users", body: { schemas: [USER_SCHEMA], userName: "u@x.io", emails: "u@x.io" } },
  { name: "bad filter", method: "GET", path: `/Users?filter=${encodeURIComponent("userName eq")}` },
  { name: "unbalanced filter", method: "GET", path: `/Users?filter=${encodeURIComponent("((userName eq \"a\"")}` },
  { name: "gibberish filter", method: "GET", path: `/Users?filter=${encodeURIComponent("§§§ !!")}` },
  { name: "unknown comparator", method: "GET", path: `/Users?filter=${encodeURIComponent('userName zz "a"')}` },
  { name: "filter without attribute", method: "GET", path: `/Users?filter=${encodeURIComponent('eq "a"')}` },
  { name: "negative startIndex", method: "GET", path: "/Users?startIndex=-3" },
  { name: "count not a number", method: "GET", path: "/Users?count=lots" },
  { name: "unknown endpoint", method: "GET", path: "/Widgets" },
  { name: "too deep a path", method: "GET", path: "/Users/a/b" },
  { name: "unknown user", method: "GET", path: "/Users/00000000-0000-0000-0000-000000000000" },
  { name: "unknown group", method: "GET", path: "/Groups/not-a-uuid" },
  { name: "PATCH without Operations", method: "PATCH", path: "/Users/00000000-0000-0000-0000-000000000000", body: { schemas: [PATCH_OP] } },
  { name: "PATCH on the collection", method: "PATCH", path: "/Users", body: { schemas: [PATCH_OP], Operations: [{ op: "replace", value: { active: false } }] } },
  { name: "DELETE on the collection", method: "DELETE", path: "/Users" },
  { name: "POST to a resource", method: "POST", path: "/Users/abc", body: { schemas: [USER_SCHEMA], userName: "u@x.io" } },
  { name: "group without displayName", method: "POST", path: "/Groups", body: { schemas: [GROUP_SCHEMA] } },
  { name: "group members not a list", method: "POST", path: "/Groups", body: { schemas: [GROUP_SCHEMA], displayName: "x", members: "everyone" } },
  { name: "PUT on ServiceProviderConfig", method: "PUT", path: "/ServiceProviderConfig", body: {} },
];

/** A PATCH body list for an existing user (the id is filled in): each must be refused with a 4xx SCIM error. */
export const MALFORMED_PATCHES: unknown[] = [
  { schemas: [PATCH_OP], Operations: [{ op: "frobnicate", path: "active", value: false }] },
  { schemas: [PATCH_OP], Operations: [{ op: "replace", path: "nonsense", value: 1 }] },
  { schemas: [PATCH_OP], Operations: [{ op: "replace", path: "active", value: "perhaps" }] },
  { schemas: [PATCH_OP], Operations: "replace everything" },
  { schemas: [PATCH_OP], Operations: [] },
  { schemas: ["urn:wrong"], Operations: [{ op: "replace", value: { active: false } }] },
  { schemas: [PATCH_OP], Operations: [{ op: "replace", path: 'emails[type eq "work"].value', value: "not-an-email" }] },
  { schemas: [PATCH_OP], Operations: [{ op: "replace", path: "userName", value: null }] },
  { schemas: [PATCH_OP], Operations: [{ op: "remove", path: "userName" }] },
  { schemas: [PATCH_OP], Operations: [{ op: "replace", path: "emails[type eq", value: "x" }] },
];
