import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { memberships, ssoConnections, ssoSignInAttempts, ssoUsedAssertions, users } from "@/db/schema";
import { openSecret } from "@/lib/crypto/secret-box";
import { verifyDomainByDns, writtenFor } from "@/lib/testing/sso";
import { SAML_SP_KEY_PURPOSE } from "./ensure-sp-signing-key";
import { callRoute, expectAppError, makeTeam, snapshot, unique, type Team } from "@/lib/testing/factories";
import { signInAtIdp, TestSamlIdp } from "@/lib/testing/saml-idp";
import { GET as metadataRoute } from "@/app/sso/[slug]/saml/metadata/route";
import { POST as acsRoute } from "@/app/sso/[slug]/saml/acs/route";
import { readSsoErrorLink } from "../sso-error-link";
import { fetchIdpMetadata } from "./fetch-idp-metadata";
import { getSpMetadata } from "./get-sp-metadata";
import { receiveSamlResponse } from "./receive-saml-response";
import { resolveIdpMetadata } from "./resolve-idp-metadata";
import { samlSpUrls } from "./saml-sp-urls";
import { startSamlSignIn } from "./start-saml-sign-in";

// Real PostgreSQL, a real samlify IdP over HTTP (its certificate made by openssl), Roster's real SP code: no mocks.
const ORIGIN = "http://localhost:3999";
let idp: TestSamlIdp;
const alice = { email: `alice-${unique()}@acme.io`, password: "correct horse", name: "Alice Admin", groups: ["engineering", "admins"] };
const aliceLogin = { email: alice.email, password: alice.password };

beforeAll(async () => {
  idp = await TestSamlIdp.start({ users: [alice] });
});
afterAll(() => idp.stop());
beforeEach(() => {
  idp.fault = null;
  idp.signing = "both";
});

type Setup = { team: Team; slug: string; connectionId: string };

/** A workspace with a SAML connection to the test IdP (its metadata read from its URL), known to the IdP. */
async function samlWorkspace(values: Partial<typeof ssoConnections.$inferInsert> = {}): Promise<Setup> {
  const team = await makeTeam();
  const metadata = await resolveIdpMetadata({ url: idp.metadataUrl });
  const db = await getDb();
  const [connection] = await db
    .insert(ssoConnections)
    .values({
      workspaceId: team.workspace.id,
      protocol: "saml",
      displayName: "Test IdP",
      samlIdpMetadataUrl: metadata.metadataUrl,
      samlIdpMetadataXml: metadata.metadataXml,
      samlIdpEntityId: metadata.entityId,
      samlIdpSsoUrl: metadata.ssoUrl,
      samlIdpCertificates: metadata.certificates,
      createdBy: team.owner.id,
      ...values,
    })
    .returning();
  idp.registerServiceProvider(await getSpMetadata(team.slug, ORIGIN));
  return { team, slug: team.slug, connectionId: connection.id };
}

async function usedAssertions(connectionId: string) {
  const db = await getDb();
  return db.select().from(ssoUsedAssertions).where(eq(ssoUsedAssertions.connectionId, connectionId));
}

async function attemptOf(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(ssoSignInAttempts).where(eq(ssoSignInAttempts.id, id));
  return row;
}

/** Starts at Roster, signs in at the IdP over HTTP: the form the IdP would post to the ACS. */
async function signIn(slug: string, credentials: { email: string; password: string; groups?: string } = aliceLogin) {
  const started = await startSamlSignIn(slug, ORIGIN);
  const posted = await signInAtIdp(started.redirectUrl, credentials);
  return { started, posted };
}

/** The response is refused with `code`, and nothing was written: no used assertion, the attempt still pending, no user. */
async function expectRefusedResponse(setup: Setup, posted: { SAMLResponse: string; RelayState?: string }, code: Parameters<typeof expectAppError>[1], attemptId?: string) {
  const before = await snapshot(setup.team.workspace.id);
  const usersBefore = await (await getDb()).select({ id: users.id }).from(users).where(eq(users.email, "mallory@attacker.example"));
  await expectAppError(receiveSamlResponse(setup.slug, ORIGIN, posted), code);
  expect(await usedAssertions(setup.connectionId)).toEqual([]);
  if (attemptId) expect((await attemptOf(attemptId)).consumedAt).toBeNull();
  expect(await snapshot(setup.team.workspace.id)).toEqual(before);
  expect(await (await getDb()).select({ id: users.id }).from(users).where(eq(users.email, "mallory@attacker.example"))).toEqual(usersBefore);
}

describe("SAML sign-in through a real IdP", () => {
  it("returns the verified claims for a good login, consumes the attempt and remembers the assertion", async () => {
    const setup = await samlWorkspace();
    const { started, posted } = await signIn(setup.slug, { ...aliceLogin, groups: "design, on-call" });
    expect(posted.acsUrl).toBe(`${ORIGIN}/sso/${setup.slug}/saml/acs`);
    const received = await receiveSamlResponse(setup.slug, ORIGIN, posted);
    expect(received.claims).toEqual({ email: alice.email, name: alice.name, groups: ["design", "on-call"] });
    expect(received.workspace).toEqual({ id: setup.team.workspace.id, slug: setup.slug });
    expect(received.attempt).toMatchObject({ id: started.attemptId, purpose: "sign-in", samlRequestId: started.requestId, callbackUrl: `/w/${setup.slug}` });
    expect(received.attempt?.consumedAt).toBeInstanceOf(Date);
    const [used] = await usedAssertions(setup.connectionId);
    expect(used.assertionId).toMatch(/^_/);
    expect(used.expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  it("takes the groups the IdP keeps for the person when the form leaves them empty", async () => {
    const setup = await samlWorkspace();
    const { posted } = await signIn(setup.slug);
    expect((await receiveSamlResponse(setup.slug, ORIGIN, posted)).claims.groups).toEqual(alice.groups);
  });

  it.each(["assertion", "response"] as const)("accepts a response where only the %s is signed", async (signing) => {
    const setup = await samlWorkspace();
    idp.signing = signing;
    const { posted } = await signIn(setup.slug);
    const xml = Buffer.from(posted.SAMLResponse, "base64").toString("utf8");
    expect(xml.match(/<ds:Signature[\s>]/g)).toHaveLength(1);
    const signedInside = xml.indexOf("<ds:Signature") > xml.indexOf("<saml:Assertion");
    expect(signedInside).toBe(signing === "assertion");
    expect((await receiveSamlResponse(setup.slug, ORIGIN, posted)).claims.email).toBe(alice.email);
  });

  it("signs AuthnRequests when the connection says so: the key is stored encrypted, the IdP verifies the signature", async () => {
    const setup = await samlWorkspace({ samlSignRequests: true });
    const [row] = await (await getDb()).select().from(ssoConnections).where(eq(ssoConnections.id, setup.connectionId));
    expect(row.samlSpPrivateKeyEncrypted).toMatch(/^v1\./);
    expect(row.samlSpPrivateKeyEncrypted).not.toContain("PRIVATE KEY");
    expect(openSecret(row.samlSpPrivateKeyEncrypted!, SAML_SP_KEY_PURPOSE)).toContain("-----BEGIN PRIVATE KEY-----");
    const metadata = await getSpMetadata(setup.slug, ORIGIN);
    expect(metadata).toContain('AuthnRequestsSigned="true"');
    expect(metadata).toContain(row.samlSpCertificate!.split("\n")[1]);

    const started = await startSamlSignIn(setup.slug, ORIGIN);
    const url = new URL(started.redirectUrl);
    expect(url.searchParams.get("SigAlg")).toBe("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256");
    expect(url.searchParams.get("Signature")).toBeTruthy();
    const posted = await signInAtIdp(started.redirectUrl, aliceLogin);
    expect((await receiveSamlResponse(setup.slug, ORIGIN, posted)).claims.email).toBe(alice.email);

    // The IdP really checks it: another RelayState under the same signature is refused.
    url.searchParams.set("RelayState", "forged");
    const refused = await fetch(url);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("ERR_FAILED_MESSAGE_SIGNATURE_VERIFICATION");
  });

  it("serves the SP metadata and takes the ACS post through the route handlers", async () => {
    const setup = await samlWorkspace();
    const urls = samlSpUrls(ORIGIN, setup.slug);
    const metadata = await callRoute(metadataRoute, { url: `${ORIGIN}/sso/${setup.slug}/saml/metadata`, params: { slug: setup.slug }, headers: { host: "localhost:3999" } });
    expect(metadata.status).toBe(200);
    expect(metadata.headers.get("content-type")).toContain("application/samlmetadata+xml");
    expect(String(metadata.json)).toContain(`entityID="${urls.entityId}"`);
    expect(String(metadata.json)).toContain(`Location="${urls.acsUrl}"`);
    expect(String(metadata.json)).toContain("urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress");
    const missing = await callRoute(metadataRoute, { url: `${ORIGIN}/sso/nope/saml/metadata`, params: { slug: `nope-${unique()}` } });
    expect(missing.status).toBe(404);

    // A person at the workspace's DNS-verified domain: the verified response signs them in (the protocol-agnostic
    // completion: user, Auth.js session cookie, just-in-time membership) and sends them to the workspace.
    const domain = `saml-${unique()}.example`;
    const bob = { email: `bob@${domain}`, password: "pw", name: "Bob Builder", groups: [] };
    idp.addUser(bob);
    await verifyDomainByDns(setup.team.workspace.id, domain);
    const { posted } = await signIn(setup.slug, { email: bob.email, password: bob.password });
    const form = (fields: Record<string, string>) => ({ rawBody: new URLSearchParams(fields).toString(), headers: { host: "localhost:3999", "content-type": "application/x-www-form-urlencoded" } });
    const good = await callRoute(acsRoute, { url: urls.acsUrl, method: "POST", params: { slug: setup.slug }, ...form({ SAMLResponse: posted.SAMLResponse, RelayState: posted.RelayState ?? "" }) });
    expect(good.status).toBe(303);
    expect(new URL(good.headers.get("location")!).pathname).toBe(`/w/${setup.slug}`);
    expect(good.headers.get("set-cookie")).toMatch(/authjs\.session-token=/);
    expect(await writtenFor([bob.email])).toMatchObject({ users: 1, sessions: 1 });
    const [joined] = await (await getDb())
      .select({ role: memberships.role })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(users.email, bob.email), eq(memberships.workspaceId, setup.team.workspace.id)));
    expect(joined).toEqual({ role: "member" });
    const replayed = await callRoute(acsRoute, { url: urls.acsUrl, method: "POST", params: { slug: setup.slug }, ...form({ SAMLResponse: posted.SAMLResponse, RelayState: posted.RelayState ?? "" }) });
    expect(replayed.status).toBe(303);
    const target = new URL(replayed.headers.get("location")!);
    expect(target.pathname).toBe("/sso-error");
    const refusal = readSsoErrorLink(target.searchParams.get("e"));
    expect(refusal?.code).toBe("SSO_REPLAYED");
    expect(refusal?.requestId).toBeTruthy();
    const garbage = await callRoute(acsRoute, { url: urls.acsUrl, method: "POST", params: { slug: setup.slug }, ...form({ SAMLResponse: "not base64!" }) });
    expect(readSsoErrorLink(new URL(garbage.headers.get("location")!).searchParams.get("e"))?.code).toBe("SSO_RESPONSE_INVALID");
  });
});

describe("SAML responses that are refused (nothing written)", () => {
  it("a tampered signature (the email changed after signing)", async () => {
    const setup = await samlWorkspace();
    idp.fault = "tampered-signature";
    const { started, posted } = await signIn(setup.slug);
    expect(Buffer.from(posted.SAMLResponse, "base64").toString("utf8")).toContain("mallory@attacker.example");
    await expectRefusedResponse(setup, posted, "SSO_SIGNATURE_INVALID", started.attemptId);
  });

  it("an unsigned response", async () => {
    const setup = await samlWorkspace();
    idp.fault = "unsigned";
    const { started, posted } = await signIn(setup.slug);
    await expectRefusedResponse(setup, posted, "SSO_SIGNATURE_INVALID", started.attemptId);
  });

  it("a response signed by another IdP's certificate", async () => {
    const other = await TestSamlIdp.start();
    try {
      const setup = await samlWorkspace({ samlIdpCertificates: [other.certificatePem] });
      const { started, posted } = await signIn(setup.slug);
      await expectRefusedResponse(setup, posted, "SSO_SIGNATURE_INVALID", started.attemptId);
    } finally {
      await other.stop();
    }
  });

  it("the wrong audience", async () => {
    const setup = await samlWorkspace();
    idp.fault = "wrong-audience";
    const { started, posted } = await signIn(setup.slug);
    await expectRefusedResponse(setup, posted, "SSO_WRONG_AUDIENCE", started.attemptId);
  });

  it.each(["wrong-recipient", "wrong-destination"] as const)("the wrong ACS URL (%s)", async (fault) => {
    const setup = await samlWorkspace();
    idp.fault = fault;
    const { started, posted } = await signIn(setup.slug);
    await expectRefusedResponse(setup, posted, "SSO_WRONG_RECIPIENT", started.attemptId);
  });

  it("an expired assertion (NotOnOrAfter passed beyond the clock skew)", async () => {
    const setup = await samlWorkspace();
    idp.fault = "expired";
    const { started, posted } = await signIn(setup.slug);
    await expectRefusedResponse(setup, posted, "SSO_EXPIRED", started.attemptId);
  });

  it("a sign-in attempt that expired while the person was at the IdP", async () => {
    const setup = await samlWorkspace();
    const { started, posted } = await signIn(setup.slug);
    await (await getDb()).update(ssoSignInAttempts).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(ssoSignInAttempts.id, started.attemptId));
    await expectRefusedResponse(setup, posted, "SSO_EXPIRED", started.attemptId);
  });

  it("the IdP's own refusal (a Responder status), passed on with its message", async () => {
    const setup = await samlWorkspace();
    idp.fault = "refused";
    const { started, posted } = await signIn(setup.slug);
    await expectRefusedResponse(setup, posted, "SSO_IDP_ERROR", started.attemptId);
    const error = await expectAppError(receiveSamlResponse(setup.slug, ORIGIN, posted), "SSO_IDP_ERROR");
    expect(error.message).toContain("The user is not assigned to this application.");
  });

  it("a replayed assertion: accepted once, then refused, remembered once", async () => {
    const setup = await samlWorkspace();
    const { posted } = await signIn(setup.slug);
    await receiveSamlResponse(setup.slug, ORIGIN, posted);
    const before = await usedAssertions(setup.connectionId);
    await expectAppError(receiveSamlResponse(setup.slug, ORIGIN, posted), "SSO_REPLAYED");
    expect(await usedAssertions(setup.connectionId)).toEqual(before);
    expect(before).toHaveLength(1);
  });

  it("an unknown InResponseTo", async () => {
    const setup = await samlWorkspace();
    idp.fault = "unknown-in-response-to";
    const { started, posted } = await signIn(setup.slug);
    await expectRefusedResponse(setup, posted, "SSO_UNKNOWN_REQUEST", started.attemptId);
  });

  it("a response to another workspace's sign-in", async () => {
    const [a, b] = [await samlWorkspace(), await samlWorkspace()];
    const { started, posted } = await signIn(a.slug);
    await expectRefusedResponse(b, posted, "SSO_UNKNOWN_REQUEST");
    expect((await attemptOf(started.attemptId)).consumedAt).toBeNull();
  });

  it("a RelayState that is not the attempt's", async () => {
    const setup = await samlWorkspace();
    const { started, posted } = await signIn(setup.slug);
    await expectRefusedResponse(setup, { ...posted, RelayState: "rs_forged" }, "SSO_UNKNOWN_REQUEST", started.attemptId);
    await expectRefusedResponse(setup, { SAMLResponse: posted.SAMLResponse }, "SSO_UNKNOWN_REQUEST", started.attemptId);
  });

  it("an IdP-initiated response while IdP-initiated sign-in is off; accepted once it is on", async () => {
    const setup = await samlWorkspace();
    const unsolicited = await idp.createResponse({ spEntityId: samlSpUrls(ORIGIN, setup.slug).entityId, email: alice.email, name: alice.name });
    await expectRefusedResponse(setup, unsolicited, "SSO_IDP_INITIATED_DISABLED");

    await (await getDb()).update(ssoConnections).set({ samlAllowIdpInitiated: true }).where(eq(ssoConnections.id, setup.connectionId));
    const received = await receiveSamlResponse(setup.slug, ORIGIN, unsolicited);
    expect(received).toMatchObject({ attempt: null, claims: { email: alice.email, name: alice.name } });
    await expectAppError(receiveSamlResponse(setup.slug, ORIGIN, unsolicited), "SSO_REPLAYED");
  });

  it("a disabled connection starts no sign-in and takes no response (a test still runs)", async () => {
    const setup = await samlWorkspace();
    const { started, posted } = await signIn(setup.slug);
    const db = await getDb();
    await db.update(ssoConnections).set({ enabled: false }).where(eq(ssoConnections.id, setup.connectionId));
    await expectAppError(startSamlSignIn(setup.slug, ORIGIN), "SSO_CONNECTION_DISABLED");
    await expectRefusedResponse(setup, posted, "SSO_CONNECTION_DISABLED", started.attemptId);

    const test = await startSamlSignIn(setup.slug, ORIGIN, { purpose: "test", userId: setup.team.owner.id });
    const received = await receiveSamlResponse(setup.slug, ORIGIN, await signInAtIdp(test.redirectUrl, aliceLogin));
    expect(received.attempt).toMatchObject({ purpose: "test", userId: setup.team.owner.id });
  });

  it("a person the IdP does not know gets no response at all", async () => {
    const setup = await samlWorkspace();
    const started = await startSamlSignIn(setup.slug, ORIGIN);
    await expect(signInAtIdp(started.redirectUrl, { email: "nobody@acme.io", password: "x" })).rejects.toThrow(/HTTP 401/);
    expect(await usedAssertions(setup.connectionId)).toEqual([]);
  });
});

describe("IdP metadata", () => {
  it("reads the entity id, the HTTP-Redirect sign-in URL and the signing certificate from the IdP's URL", async () => {
    const metadata = await resolveIdpMetadata({ url: idp.metadataUrl });
    expect(metadata).toMatchObject({ entityId: idp.entityId, ssoUrl: idp.ssoUrl, metadataUrl: idp.metadataUrl });
    expect(metadata.certificates).toEqual([idp.certificatePem]);
    expect((await resolveIdpMetadata({ xml: idp.metadataXml() })).certificates).toEqual([idp.certificatePem]);
  });

  it("refuses metadata without a certificate, XML that does not parse, an SP's metadata, and nothing at all", async () => {
    const noCert = await expectAppError(resolveIdpMetadata({ url: `${idp.url}/metadata-without-certificate` }), "SSO_METADATA_INVALID");
    expect(noCert.message).toMatch(/no signing certificate/);
    expect(noCert.fieldErrors?.metadata).toBeDefined();
    await expectAppError(resolveIdpMetadata({ xml: "<EntityDescriptor" }), "SSO_METADATA_INVALID");
    const setup = await samlWorkspace();
    const sp = await expectAppError(resolveIdpMetadata({ xml: await getSpMetadata(setup.slug, ORIGIN) }), "SSO_METADATA_INVALID");
    expect(sp.message).toMatch(/IDPSSODescriptor/);
    await expectAppError(resolveIdpMetadata({ xml: " ", url: "" }), "VALIDATION");
    // A refused metadata writes nothing: the connection keeps what it had.
    const [row] = await (await getDb()).select().from(ssoConnections).where(and(eq(ssoConnections.id, setup.connectionId)));
    expect(row.samlIdpCertificates).toEqual([idp.certificatePem]);
  });

  it("refuses a metadata URL that fails, is too large or is not http(s)", async () => {
    await expectAppError(fetchIdpMetadata(`${idp.url}/missing`), "SSO_METADATA_UNREACHABLE");
    await expectAppError(fetchIdpMetadata(idp.metadataUrl, { maxBytes: 100 }), "SSO_METADATA_UNREACHABLE");
    await expectAppError(fetchIdpMetadata("http://127.0.0.1:1/metadata"), "SSO_METADATA_UNREACHABLE");
    await expectAppError(fetchIdpMetadata("file:///etc/passwd"), "VALIDATION");
  });
});
