import { eq } from "drizzle-orm";
import type { ErrorCode } from "@/lib/errors";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { sessions, ssoConnections, users } from "@/db/schema";
import { canSignIn } from "@/lib/sign-in/can-sign-in";
import { requestSignInLink } from "@/lib/sign-in/request-sign-in-link";
import { addMember, eventsOf, expectAppError, makeUser, roleOf, unique, withNewEvents } from "@/lib/testing/factories";
import { startOidcProvider, type IdTokenTamper, type TestOidcProvider } from "@/lib/testing/oidc-provider";
import { signInThroughIdp, ssoCompany, unverifyDomain, writtenFor } from "@/lib/testing/sso";
import { discoverSso } from "./discover-sso";
import { finishOidcSignIn } from "./oidc/finish-oidc-sign-in";
import { setRequireSso } from "./set-require-sso";
import { setSsoEnabled } from "./set-sso-enabled";
import { startSsoSignIn } from "./start-sso-sign-in";

// Auth.js (which would mail a sign-in link) is not loaded outside Next: the SSO offer must come before it is reached.
const authJs = vi.hoisted(() => ({ signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("@/lib/sign-in/auth", () => authJs);
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));

let idp: TestOidcProvider;
beforeAll(async () => {
  idp = await startOidcProvider();
});
afterAll(async () => {
  await idp.stop();
  await closeDb();
});

/** A person at the company's domain who exists only at the IdP (not yet at Roster). */
function newPerson(domain: string, groups: string[] = []) {
  const email = `new-${unique()}@${domain}`;
  idp.setPerson({ email, name: "Nina New", groups });
  return email;
}

describe("signing in through OpenID Connect", () => {
  it("a new person at the verified domain: a verified user, a session, membership with the group's role, one sso.joined event", async () => {
    const c = await ssoCompany(idp);
    const email = newPerson(c.domain, ["admins", "other"]);
    const { finish } = await signInThroughIdp(idp, c.slug, email, { callbackUrl: `/w/${c.slug}/settings` });
    const { result, events } = await withNewEvents(c.workspace.id, finish);
    expect(result).toMatchObject({ kind: "signed-in", joined: true, redirectTo: `/w/${c.slug}/settings` });
    if (result.kind !== "signed-in") throw new Error("not signed in");
    const db = await getDb();
    const [user] = await db.select().from(users).where(eq(users.id, result.userId));
    expect(user).toMatchObject({ email, name: "Nina New" });
    expect(user.emailVerified).toBeInstanceOf(Date);
    const [session] = await db.select().from(sessions).where(eq(sessions.sessionToken, result.sessionToken));
    expect(session.userId).toBe(user.id);
    expect(session.expires.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600_000);
    expect(await roleOf(c.workspace.id, user.id)).toBe("manager");
    expect(events.map((e) => [e.action, e.actorId, e.metadata])).toEqual([
      ["sso.joined", user.id, { via: "sso", connection: "Test IdP", protocol: "oidc", role: "manager" }],
    ]);
    expect(await writtenFor([email])).toEqual({ users: 1, sessions: 1, memberships: 2 }); // the personal workspace too
  });

  it("without a group mapping: the default role; an existing member keeps their role unless the IdP manages roles", async () => {
    const c = await ssoCompany(idp);
    const plain = newPerson(c.domain);
    const first = await (await signInThroughIdp(idp, c.slug, plain)).finish();
    expect(first.kind === "signed-in" && (await roleOf(c.workspace.id, first.userId))).toBe("member");

    idp.setPerson({ email: c.viewer.email, groups: ["admins"] });
    const kept = await withNewEvents(c.workspace.id, async () => (await signInThroughIdp(idp, c.slug, c.viewer.email)).finish());
    expect(kept.result).toMatchObject({ kind: "signed-in", joined: false, userId: c.viewer.id });
    expect(await roleOf(c.workspace.id, c.viewer.id)).toBe("viewer");
    expect(kept.events).toEqual([]);

    const db = await getDb();
    await db.update(ssoConnections).set({ idpManagesRoles: true }).where(eq(ssoConnections.workspaceId, c.workspace.id));
    const managed = await withNewEvents(c.workspace.id, async () => (await signInThroughIdp(idp, c.slug, c.viewer.email)).finish());
    expect(await roleOf(c.workspace.id, c.viewer.id)).toBe("manager");
    expect(managed.events.map((e) => [e.action, e.actorType, e.metadata.from, e.metadata.to])).toEqual([["member.role_changed", "system", "viewer", "manager"]]);

    // Never an owner: the IdP does not demote them.
    idp.setPerson({ email: c.owner.email, groups: [] });
    await (await signInThroughIdp(idp, c.slug, c.owner.email)).finish();
    expect(await roleOf(c.workspace.id, c.owner.id)).toBe("owner");
  });
});

describe("refused sign-ins write no user, session or membership", () => {
  async function refused(code: ErrorCode, setup: { tamper?: IdTokenTamper; before?: (c: Awaited<ReturnType<typeof ssoCompany>>) => Promise<void>; browserState?: string } = {}) {
    const c = await ssoCompany(idp);
    const email = newPerson(c.domain);
    const { finish } = await signInThroughIdp(idp, c.slug, email, { browserState: setup.browserState });
    await setup.before?.(c);
    idp.setTamper(setup.tamper ?? null);
    const before = await eventsOf(c.workspace.id);
    try {
      const error = await expectAppError(finish(), code);
      expect(await writtenFor([email])).toEqual({ users: 0, sessions: 0, memberships: 0 });
      expect(await eventsOf(c.workspace.id)).toEqual(before);
      return error;
    } finally {
      idp.setTamper(null);
    }
  }

  it("the state does not match this browser's", () => refused("SSO_STATE_MISMATCH", { browserState: "another-browsers-state" }));
  it("the ID token has no nonce", () => refused("SSO_NONCE_MISMATCH", { tamper: { nonce: null } }));
  it("the ID token carries another nonce", () => refused("SSO_NONCE_MISMATCH", { tamper: { nonce: "someone-elses-nonce" } }));
  it("the ID token is for another audience", () => refused("SSO_WRONG_AUDIENCE", { tamper: { aud: "another-client" } }));
  it("the ID token expired", () => refused("SSO_EXPIRED", { tamper: { exp: Math.floor(Date.now() / 1000) - 3600 } }));
  it("the ID token's signature is broken", () => refused("SSO_RESPONSE_INVALID", { tamper: { badSignature: true } }));
  it("the ID token names another issuer", () => refused("SSO_RESPONSE_INVALID", { tamper: { iss: "https://evil.example" } }));
  it("the connection was turned off meanwhile", () => refused("SSO_CONNECTION_DISABLED", { before: (c) => setSsoEnabled(c.owner.caller, c.slug, { enabled: false }).then(() => undefined) }));
  it("the domain lost its DNS proof meanwhile", () => refused("SSO_UNVERIFIED_DOMAIN", { before: (c) => unverifyDomain(c.domain) }));

  it("the email is outside the workspace's verified domains", async () => {
    const c = await ssoCompany(idp);
    const email = `elsewhere-${unique()}@other-${unique()}.io`;
    idp.setPerson({ email });
    const { finish } = await signInThroughIdp(idp, c.slug, email);
    await expectAppError(finish(), "SSO_EMAIL_OUTSIDE_DOMAINS");
    expect(await writtenFor([email])).toEqual({ users: 0, sessions: 0, memberships: 0 });
  });

  it("the same answer twice: replayed (the second writes nothing more)", async () => {
    const c = await ssoCompany(idp);
    const email = newPerson(c.domain);
    const { finish } = await signInThroughIdp(idp, c.slug, email);
    await finish();
    await expectAppError(finish(), "SSO_REPLAYED");
    expect(await writtenFor([email])).toEqual({ users: 1, sessions: 1, memberships: 2 });
  });

  it("the IdP's own error comes back with its description", async () => {
    const c = await ssoCompany(idp);
    const started = await startSsoSignIn(c.slug, { purpose: "sign-in" });
    const state = started.state;
    const back = new URL(`http://localhost/sso/${c.slug}/oidc/callback?error=access_denied&error_description=${encodeURIComponent("User is not assigned to Roster")}&state=${state}`);
    const error = await expectAppError(finishOidcSignIn(c.slug, back, state), "SSO_IDP_ERROR");
    expect(error.message).toBe("User is not assigned to Roster");
  });

  it("a connection that is off or a workspace without a verified domain does not start; an unknown slug neither", async () => {
    const c = await ssoCompany(idp);
    await setSsoEnabled(c.owner.caller, c.slug, { enabled: false });
    await expectAppError(startSsoSignIn(c.slug, { purpose: "sign-in" }), "SSO_CONNECTION_DISABLED");
    const d = await ssoCompany(idp);
    await unverifyDomain(d.domain);
    await expectAppError(startSsoSignIn(d.slug, { purpose: "sign-in" }), "SSO_UNVERIFIED_DOMAIN");
    await expectAppError(startSsoSignIn(`nope-${unique()}`, { purpose: "sign-in" }), "SSO_NO_CONNECTION");
    await expectAppError(startSsoSignIn("Bad Slug!", { purpose: "sign-in" }), "SSO_NO_CONNECTION");
  });
});

describe("Test connection", () => {
  it("signs nobody in: stores the claims for the owner, marks the connection tested; only an owner may start one", async () => {
    const c = await ssoCompany(idp);
    const email = newPerson(c.domain, ["readers"]);
    await expectAppError(startSsoSignIn(c.slug, { purpose: "test", caller: c.manager.caller }), "SSO_OWNERS_ONLY");
    const started = await startSsoSignIn(c.slug, { purpose: "test", caller: c.owner.caller });
    const back = await idp.signIn(started.redirectTo, email);
    const { result, events } = await withNewEvents(c.workspace.id, () => finishOidcSignIn(c.slug, back, started.state));
    expect(result).toMatchObject({ kind: "tested" });
    expect(await writtenFor([email])).toEqual({ users: 0, sessions: 0, memberships: 0 });
    expect(events.map((e) => e.action)).toEqual(["sso.connection_tested"]);
    const db = await getDb();
    const [connection] = await db.select().from(ssoConnections).where(eq(ssoConnections.workspaceId, c.workspace.id));
    expect(connection.testedAt).toBeInstanceOf(Date);
    expect(connection.testedBy).toBe(c.owner.id);
  });
});

describe("Require SSO", () => {
  it("is refused before a successful test; then the email link and GitHub refuse the domain's addresses except the break-glass owner", async () => {
    const c = await ssoCompany(idp);
    const refusal = await setRequireSso(c.owner.caller, c.slug, { required: true }).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: "CONFLICT" });
    const started = await startSsoSignIn(c.slug, { purpose: "test", caller: c.owner.caller });
    idp.setPerson({ email: c.owner.email });
    await finishOidcSignIn(c.slug, await idp.signIn(started.redirectTo, c.owner.email), started.state);

    expect(await discoverSso(c.member.email)).toEqual({ slug: c.slug, workspaceName: "Acme", displayName: "Test IdP", required: false });
    const offered = await requestSignInLink({ email: c.member.email, callbackUrl: "/" }, null);
    expect(offered.sso?.required).toBe(false);

    await setRequireSso(c.owner.caller, c.slug, { required: true, breakGlassUserId: c.owner.id });
    expect((await discoverSso(c.member.email))?.required).toBe(true);
    const link = await requestSignInLink({ email: c.member.email, callbackUrl: "/", skipSso: true }, null);
    expect(link.sso?.required).toBe(true);
    expect(authJs.signIn).not.toHaveBeenCalled();
    expect(await canSignIn({ email: c.member.email })).toBe(false);
    expect(await canSignIn({ id: c.manager.id, email: c.manager.email })).toBe(false);
    const newcomer = `x-${unique()}@${c.domain}`;
    expect(await canSignIn({ email: newcomer })).toBe(false);
    // The break-glass owner, and addresses elsewhere, still sign in by email link.
    expect(await canSignIn({ email: c.owner.email })).toBe(true);
    expect((await discoverSso(c.owner.email))?.required).toBe(false);
    const outsider = await makeUser("Elsewhere");
    expect(await canSignIn({ email: outsider.email })).toBe(true);
    expect(await discoverSso(outsider.email)).toBeNull();

    // Turned off, the connection's enforcement pauses with it.
    await setSsoEnabled(c.owner.caller, c.slug, { enabled: false });
    expect(await canSignIn({ email: c.member.email })).toBe(true);
    expect(await discoverSso(c.member.email)).toBeNull();
  });

  it("ends the sessions of the domain's people that did not come through the connection, not the break-glass owner's, the acting owner's or SSO's", async () => {
    const c = await ssoCompany(idp);
    const db = await getDb();
    await db.update(ssoConnections).set({ testedAt: new Date() }).where(eq(ssoConnections.workspaceId, c.workspace.id));
    const expires = new Date(Date.now() + 24 * 60 * 60 * 1000);
    const outsider = await makeUser("Elsewhere");
    const secondOwner = await makeUser("Second owner", { domain: c.domain });
    await addMember(c.workspace.id, secondOwner, "owner");
    const emailLinkSessions = [c.member, c.manager, c.owner, outsider, secondOwner].map((u) => ({ sessionToken: `t-${unique()}`, userId: u.id, expires }));
    await db.insert(sessions).values(emailLinkSessions);
    idp.setPerson({ email: c.viewer.email });
    const { finish } = await signInThroughIdp(idp, c.slug, c.viewer.email);
    const viaSso = await finish();
    if (viaSso.kind !== "signed-in") throw new Error("not signed in");

    const { result, events } = await withNewEvents(c.workspace.id, () => setRequireSso(secondOwner.caller, c.slug, { required: true, breakGlassUserId: c.owner.id }));
    expect(result.endedSessions).toBe(2);
    const left = new Set((await db.select({ token: sessions.sessionToken }).from(sessions)).map((s) => s.token));
    const [member, manager, owner, elsewhere, acting] = emailLinkSessions.map((s) => left.has(s.sessionToken));
    expect({ member, manager, owner, elsewhere, acting, sso: left.has(viaSso.sessionToken) }).toEqual({
      member: false,
      manager: false,
      owner: true,
      elsewhere: true,
      acting: true,
      sso: true,
    });
    expect(events).toMatchObject([{ action: "sso.required", metadata: { breakGlassUserId: c.owner.id, endedSessions: 2 } }]);
  });

  it("pauses when the domain loses its DNS proof", async () => {
    const c = await ssoCompany(idp);
    const db = await getDb();
    await db.update(ssoConnections).set({ testedAt: new Date() }).where(eq(ssoConnections.workspaceId, c.workspace.id));
    await setRequireSso(c.owner.caller, c.slug, { required: true });
    expect(await canSignIn({ email: c.member.email })).toBe(false);
    await unverifyDomain(c.domain);
    expect(await canSignIn({ email: c.member.email })).toBe(true);
  });
});
