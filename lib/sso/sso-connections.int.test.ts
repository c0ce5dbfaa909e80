import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { ssoConnections } from "@/db/schema";
import { openSecret } from "@/lib/crypto/secret-box";
import { eventsOf, expectAppError, expectRefused, makeUser, makeWorkspace, withNewEvents } from "@/lib/testing/factories";
import { startOidcProvider, type TestOidcProvider } from "@/lib/testing/oidc-provider";
import { TestSamlIdp } from "@/lib/testing/saml-idp";
import { ssoCompany } from "@/lib/testing/sso";
import { deleteSsoConnection } from "./delete-sso-connection";
import { getSsoSettings } from "./get-sso-settings";
import { OIDC_SECRET_PURPOSE, saveSsoConnection } from "./save-sso-connection";
import { setRequireSso } from "./set-require-sso";
import { setSsoEnabled } from "./set-sso-enabled";

let idp: TestOidcProvider;
beforeAll(async () => {
  idp = await startOidcProvider();
});
afterAll(async () => {
  await idp.stop();
  await closeDb();
});

const storedConnection = async (workspaceId: string) => {
  const db = await getDb();
  const [row] = await db.select().from(ssoConnections).where(eq(ssoConnections.workspaceId, workspaceId));
  return row;
};

describe("SSO connections (owners only)", () => {
  it("the owner's connection: the client secret sealed at rest and never returned; one sso.connection_created event", async () => {
    const c = await ssoCompany(idp);
    const row = await storedConnection(c.workspace.id);
    expect((await eventsOf(c.workspace.id)).filter((e) => e.action.startsWith("sso.")).map((e) => [e.action, e.actorId])).toEqual([["sso.connection_created", c.owner.id]]);
    expect(row.oidcClientSecretEncrypted).not.toContain(c.client.clientSecret);
    expect(openSecret(row.oidcClientSecretEncrypted!, OIDC_SECRET_PURPOSE)).toBe(c.client.clientSecret);
    const settings = await getSsoSettings(c.owner.caller, c.slug);
    expect(JSON.stringify(settings)).not.toContain(c.client.clientSecret);
    expect(JSON.stringify(settings)).not.toContain(row.oidcClientSecretEncrypted);
    expect(settings.connection).toMatchObject({ protocol: "oidc", displayName: "Test IdP", hasClientSecret: true, oidcScopes: "openid email profile groups" });
    expect(settings.domains).toEqual([c.domain]);
    expect(settings.urls.oidcRedirectUri).toMatch(new RegExp(`/sso/${c.slug}/oidc/callback$`));
    expect(settings.owners.map((o) => o.id)).toEqual([c.owner.id]);
  });

  it("an edit without a secret keeps it; a new issuer or client clears the test and Require SSO", async () => {
    const c = await ssoCompany(idp);
    const db = await getDb();
    await db.update(ssoConnections).set({ testedAt: new Date() }).where(eq(ssoConnections.workspaceId, c.workspace.id));
    await setRequireSso(c.owner.caller, c.slug, { required: true });
    const base = { protocol: "oidc", displayName: "Okta", oidcIssuer: idp.issuer, oidcClientId: c.client.clientId, groupRoles: [] };
    const { result, events } = await withNewEvents(c.workspace.id, () => saveSsoConnection(c.owner.caller, c.slug, base));
    expect(result).toMatchObject({ created: false, retest: false });
    expect(events.map((e) => e.action)).toEqual(["sso.connection_updated"]);
    let row = await storedConnection(c.workspace.id);
    expect(openSecret(row.oidcClientSecretEncrypted!, OIDC_SECRET_PURPOSE)).toBe(c.client.clientSecret);
    expect(row).toMatchObject({ displayName: "Okta", requireSso: true });
    expect(row.testedAt).not.toBeNull();

    const other = await idp.registerClient(["http://localhost/x"]);
    await saveSsoConnection(c.owner.caller, c.slug, { ...base, oidcClientId: other.clientId, oidcClientSecret: other.clientSecret });
    row = await storedConnection(c.workspace.id);
    expect(row).toMatchObject({ testedAt: null, requireSso: false });
    // A new client without its secret is refused.
    await expectRefused(c.workspace.id, () => saveSsoConnection(c.owner.caller, c.slug, { ...base, oidcClientId: "another-client" }), "VALIDATION");
  });

  it("bad settings: a clear message and nothing written", async () => {
    const owner = await makeUser("Owner");
    const workspace = await makeWorkspace(owner);
    const ok = { protocol: "oidc", displayName: "Okta", oidcIssuer: idp.issuer, oidcClientId: "id", oidcClientSecret: "secret" };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...ok, oidcIssuer: "http://idp.example.com" }, "oidcIssuer"],
      [{ ...ok, oidcIssuer: "not a url" }, "oidcIssuer"],
      [{ ...ok, oidcIssuer: "http://localhost:1" }, "oidcIssuer"], // nothing answers discovery there
      [{ ...ok, oidcClientId: "" }, "oidcClientId"],
      [{ ...ok, oidcScopes: "email profile" }, "oidcScopes"],
      [{ ...ok, displayName: " " }, "displayName"],
      [{ ...ok, defaultRole: "owner" }, "defaultRole"],
      [{ ...ok, groupRoles: [{ group: "a", role: "member" }, { group: "a", role: "viewer" }] }, "groupRoles"],
      [{ protocol: "saml", displayName: "Entra ID" }, "samlIdpMetadataXml"],
      [{ ...ok, protocol: "ldap" }, "protocol"],
    ];
    for (const [input, field] of cases) {
      const error = await expectRefused(workspace.id, () => saveSsoConnection(owner.caller, workspace.slug, input), "VALIDATION");
      expect(Object.keys(error.fieldErrors ?? {}), JSON.stringify(input)).toContain(field);
    }
    expect(await storedConnection(workspace.id)).toBeUndefined();
  });

  it("SAML: the IdP's metadata is read on save (entity id, sign-in URL, certificates); metadata without a certificate is refused", async () => {
    const samlIdp = await TestSamlIdp.start();
    try {
      const owner = await makeUser("Owner");
      const workspace = await makeWorkspace(owner);
      const refusedXml = samlIdp.metadataXml({ withoutCertificate: true });
      await expectRefused(workspace.id, () => saveSsoConnection(owner.caller, workspace.slug, { protocol: "saml", displayName: "Entra ID", samlIdpMetadataXml: refusedXml }), "VALIDATION");
      expect(await storedConnection(workspace.id)).toBeUndefined();
      const xml = samlIdp.metadataXml();
      await saveSsoConnection(owner.caller, workspace.slug, { protocol: "saml", displayName: "Entra ID", samlIdpMetadataXml: xml, samlSignRequests: "on" });
      expect(await storedConnection(workspace.id)).toMatchObject({
        protocol: "saml",
        samlIdpMetadataXml: xml,
        samlIdpEntityId: samlIdp.entityId,
        samlIdpSsoUrl: samlIdp.ssoUrl,
        samlIdpCertificates: [expect.stringContaining("BEGIN CERTIFICATE")],
        samlSignRequests: true,
        oidcIssuer: null,
      });
    } finally {
      await samlIdp.stop();
    }
  });

  it("managers, members and viewers are refused every operation (FORBIDDEN), outsiders see no workspace (NOT_FOUND)", async () => {
    const c = await ssoCompany(idp);
    const outsider = await makeUser("Outsider");
    const input = { protocol: "oidc", displayName: "Mine", oidcIssuer: idp.issuer, oidcClientId: "x", oidcClientSecret: "y" };
    const operations = [
      (caller: typeof c.owner.caller) => getSsoSettings(caller, c.slug),
      (caller: typeof c.owner.caller) => saveSsoConnection(caller, c.slug, input),
      (caller: typeof c.owner.caller) => setSsoEnabled(caller, c.slug, { enabled: false }),
      (caller: typeof c.owner.caller) => setRequireSso(caller, c.slug, { required: false }),
      (caller: typeof c.owner.caller) => deleteSsoConnection(caller, c.slug),
    ];
    const before = await storedConnection(c.workspace.id);
    for (const op of operations) {
      for (const user of [c.manager, c.member, c.viewer]) await expectRefused(c.workspace.id, () => op(user.caller), "FORBIDDEN");
      await expectRefused(c.workspace.id, () => op(outsider.caller), "NOT_FOUND");
    }
    expect(await storedConnection(c.workspace.id)).toEqual(before);
  });

  it("turning off, the break-glass owner and deleting: one event each; the break-glass account must be an owner", async () => {
    const c = await ssoCompany(idp);
    const off = await withNewEvents(c.workspace.id, () => setSsoEnabled(c.owner.caller, c.slug, { enabled: false }));
    expect(off.events.map((e) => e.action)).toEqual(["sso.connection_disabled"]);
    await setSsoEnabled(c.owner.caller, c.slug, { enabled: true });
    const error = await expectRefused(c.workspace.id, () => setRequireSso(c.owner.caller, c.slug, { required: false, breakGlassUserId: c.manager.id }), "VALIDATION");
    expect(error.message).toMatch(/owner/);
    await setRequireSso(c.owner.caller, c.slug, { required: false, breakGlassUserId: c.owner.id });
    expect((await storedConnection(c.workspace.id)).breakGlassUserId).toBe(c.owner.id);
    const gone = await withNewEvents(c.workspace.id, () => deleteSsoConnection(c.owner.caller, c.slug));
    expect(gone.events.map((e) => e.action)).toEqual(["sso.connection_deleted"]);
    expect(await storedConnection(c.workspace.id)).toBeUndefined();
    await expectAppError(deleteSsoConnection(c.owner.caller, c.slug), "NOT_FOUND");
  });
});
