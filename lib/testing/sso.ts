// Test setup for single sign-on: DNS-verified domains written as a verified one looks, a workspace with an OIDC
// connection to the test OpenID Provider, and the way through the IdP and back (as a browser would go).
import { eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, sessions, users, workspaceDomains } from "@/db/schema";
import { saveSsoConnection } from "@/lib/sso/save-sso-connection";
import { finishOidcSignIn } from "@/lib/sso/oidc/finish-oidc-sign-in";
import { startSsoSignIn } from "@/lib/sso/start-sso-sign-in";
import { ssoUrls } from "@/lib/sso/sso-urls";
import { addMember, makeUser, makeWorkspace, uniqueDomain, type TestUser } from "./factories";
import type { TestOidcProvider } from "./oidc-provider";

/** Test setup: `domain` verified for the workspace through DNS (the row as the domain check leaves it). */
export async function verifyDomainByDns(workspaceId: string, domain: string): Promise<void> {
  const db = await getDb();
  await db.insert(workspaceDomains).values({ workspaceId, domain, verificationMethod: "dns", verificationToken: "test", verifiedAt: new Date(), lastCheckedAt: new Date() });
}

/** Test setup: the domain's DNS proof lost (as the daily re-check leaves it). */
export async function unverifyDomain(domain: string): Promise<void> {
  const db = await getDb();
  await db.update(workspaceDomains).set({ verifiedAt: null }).where(eq(workspaceDomains.domain, domain));
}

/**
 * A company: a shared workspace with an owner, a manager, a member and a viewer at a fresh domain verified through
 * DNS, and an OIDC connection ("Test IdP") to `idp` (groups "admins" -> manager, "readers" -> viewer; default member).
 */
export async function ssoCompany(idp: TestOidcProvider, options: { connection?: Record<string, unknown> } = {}) {
  const domain = uniqueDomain("sso");
  const [owner, manager, member, viewer] = await Promise.all(
    ["Owner", "Manager", "Member", "Viewer"].map((name) => makeUser(name, { domain })),
  );
  const workspace = await makeWorkspace(owner, "Acme");
  await addMember(workspace.id, manager, "manager");
  await addMember(workspace.id, member, "member");
  await addMember(workspace.id, viewer, "viewer");
  await verifyDomainByDns(workspace.id, domain);
  const client = await idp.registerClient([ssoUrls(workspace.slug).oidcRedirectUri]);
  await saveSsoConnection(owner.caller, workspace.slug, {
    protocol: "oidc",
    displayName: "Test IdP",
    oidcIssuer: idp.issuer,
    oidcClientId: client.clientId,
    oidcClientSecret: client.clientSecret,
    oidcScopes: "openid email profile groups",
    defaultRole: "member",
    groupRoles: [
      { group: "admins", role: "manager" },
      { group: "readers", role: "viewer" },
    ],
    ...options.connection,
  });
  return { domain, workspace, slug: workspace.slug, owner, manager, member, viewer, client };
}

/** Starts a sign-in at Roster, signs in at the IdP as `email`, and comes back in the same browser (its state cookie). */
export async function signInThroughIdp(idp: TestOidcProvider, slug: string, email: string, options: { browserState?: string; callbackUrl?: string } = {}) {
  const started = await startSsoSignIn(slug, { purpose: "sign-in", callbackUrl: options.callbackUrl });
  const back = await idp.signIn(started.redirectTo, email);
  return { started, back, finish: () => finishOidcSignIn(slug, back, options.browserState ?? started.state) };
}

/** What a sign-in for these addresses wrote: users, their sessions, their memberships. */
export async function writtenFor(emails: string[]) {
  const db = await getDb();
  const people = await db.select({ id: users.id }).from(users).where(inArray(users.email, emails));
  const ids = people.map((p) => p.id);
  if (!ids.length) return { users: 0, sessions: 0, memberships: 0 };
  const s = await db.select({ t: sessions.sessionToken }).from(sessions).where(inArray(sessions.userId, ids));
  const m = await db.select({ id: memberships.id }).from(memberships).where(inArray(memberships.userId, ids));
  return { users: ids.length, sessions: s.length, memberships: m.length };
}

export type { TestUser };
