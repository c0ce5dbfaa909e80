// A real SAML 2.0 identity provider on localhost for tests (samlify), with a login form Playwright can fill.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { inflateRawSync } from "node:zlib";
import samlify from "samlify";
import { createTestCertificate } from "./test-certificate";

// samlify validates XML against the SAML schemas only through a plug-in: the test IdP trusts Roster's requests.
samlify.setSchemaValidator({ validate: async () => "ok" });

export type TestIdpUser = { email: string; password: string; name?: string; groups?: string[] };

/**
 * A bad response on purpose, for the negative tests: changed after signing, issued for another SP entity id, sent to
 * another ACS URL (the Response's Destination, or the assertion's Recipient), expired, answering a request Roster never made, or not signed at all; or the IdP refusing the sign-in (a
 * Responder status with a message and no assertion, as Okta and Entra answer a person not assigned to the app).
 */
export type SamlFault = "tampered-signature" | "wrong-audience" | "wrong-recipient" | "wrong-destination" | "expired" | "unknown-in-response-to" | "unsigned" | "refused";

/** What the IdP signs: both the Response and its assertion (the default), or only one of them. */
export type SamlSigning = "both" | "assertion" | "response";

export type TestIdpResponse = { acsUrl: string; SAMLResponse: string; RelayState?: string };

const REDIRECT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";
const POST = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
const EMAIL_FORMAT = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
const newId = () => `_${randomBytes(16).toString("hex")}`;

export class TestSamlIdp {
  readonly certificatePem: string;
  private readonly privateKeyPem: string;
  private readonly users = new Map<string, TestIdpUser>();
  private readonly serviceProviders = new Map<string, string>();
  private readonly pending = new Map<string, { spEntityId: string; requestId?: string; relayState?: string }>();
  /** Applied to every response until set back to null. */
  fault: SamlFault | null = null;
  signing: SamlSigning = "both";
  /** How many sign-in requests reached the login form (a test can wait on it). */
  requestsSeen = 0;

  private constructor(
    readonly url: string,
    private readonly server: ReturnType<typeof createServer>,
    certificate: { privateKeyPem: string; certificatePem: string },
    private readonly onlyRegistered: boolean,
  ) {
    this.certificatePem = certificate.certificatePem;
    this.privateKeyPem = certificate.privateKeyPem;
  }

  /**
   * Starts it on 127.0.0.1 (a free port unless given), with a new openssl certificate and these users.
   * `onlyRegisteredServiceProviders`: as a real IdP, it answers only SPs its admin registered (registerServiceProvider
   * or the admin route); otherwise it downloads an unknown SP's metadata from the request's Issuer.
   */
  static async start(options: { port?: number; users?: TestIdpUser[]; onlyRegisteredServiceProviders?: boolean } = {}): Promise<TestSamlIdp> {
    const certificate = createTestCertificate();
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    const idp = new TestSamlIdp(`http://localhost:${port}`, server, certificate, options.onlyRegisteredServiceProviders ?? false);
    server.on("request", (req, res) => void idp.handle(req, res));
    for (const user of options.users ?? []) idp.addUser(user);
    return idp;
  }

  get entityId() {
    return `${this.url}/metadata`;
  }
  get metadataUrl() {
    return `${this.url}/metadata`;
  }
  get ssoUrl() {
    return `${this.url}/sso`;
  }

  addUser(user: TestIdpUser) {
    this.users.set(user.email.toLowerCase(), user);
  }
  removeUser(email: string) {
    this.users.delete(email.toLowerCase());
  }

  /**
   * Registers an SP by its metadata XML, or by the two values an IdP admin types into Okta or Entra ID (entity id and
   * ACS URL; then its AuthnRequests are taken unsigned). Unless started with onlyRegisteredServiceProviders, the IdP
   * downloads an unregistered SP's metadata from the AuthnRequest's Issuer (Roster's metadata URL).
   */
  registerServiceProvider(sp: string | { entityId: string; acsUrl: string }) {
    const metadataXml =
      typeof sp === "string"
        ? sp
        : samlify.ServiceProvider({ entityID: sp.entityId, wantAssertionsSigned: true, assertionConsumerService: [{ Binding: POST, Location: sp.acsUrl }] }).getMetadata();
    const entityId = /entityID="([^"]+)"/.exec(metadataXml)?.[1];
    if (!entityId) throw new Error("SP metadata without entityID");
    this.serviceProviders.set(entityId, metadataXml);
  }

  /** The IdP's metadata XML (HTTP-Redirect sign-in URL, signing certificate); `withoutCertificate` leaves the certificate out. */
  metadataXml(options: { withoutCertificate?: boolean } = {}): string {
    const xml = this.entity(false).getMetadata();
    return options.withoutCertificate ? xml.replace(/<(\w+:)?KeyDescriptor[\s\S]*?<\/(\w+:)?KeyDescriptor>/g, "") : xml;
  }

  /**
   * A signed login response for the SP, as the IdP would post it: answering `inResponseTo`, or IdP-initiated without it.
   * The current `fault` and `signing` apply.
   */
  async createResponse(input: { spEntityId: string; email: string; name?: string; groups?: string[]; inResponseTo?: string; relayState?: string }): Promise<TestIdpResponse> {
    const spMetadata = await this.spMetadata(input.spEntityId);
    const wantAssertionSigned = this.signing !== "response";
    const sp = samlify.ServiceProvider({
      metadata: spMetadata.replace(/WantAssertionsSigned="[^"]*"/, `WantAssertionsSigned="${wantAssertionSigned}"`),
      wantMessageSigned: this.signing !== "assertion",
    });
    const acsUrl = /AssertionConsumerService[^>]*Location="([^"]+)"/.exec(spMetadata)?.[1];
    if (!acsUrl) throw new Error("SP metadata without an AssertionConsumerService");
    const fault = this.fault;
    const now = Date.now();
    const at = (ms: number) => new Date(ms).toISOString();
    const issued = fault === "expired" ? now - 10 * 60_000 : now;
    const until = fault === "expired" ? now - 5 * 60_000 : now + 5 * 60_000;
    const inResponseTo = fault === "unknown-in-response-to" ? newId() : input.inResponseTo;
    const recipient = fault === "wrong-recipient" ? "https://elsewhere.example/saml/acs" : acsUrl;
    const destination = fault === "wrong-destination" ? "https://elsewhere.example/saml/acs" : acsUrl;
    const audience = fault === "wrong-audience" ? "https://elsewhere.example/saml/metadata" : input.spEntityId;
    const attribute = (name: string, values: string[]) =>
      values.length
        ? `<saml:Attribute Name="${esc(name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic">${values.map((v) => `<saml:AttributeValue xsi:type="xs:string">${esc(v)}</saml:AttributeValue>`).join("")}</saml:Attribute>`
        : "";
    const irt = inResponseTo ? ` InResponseTo="${esc(inResponseTo)}"` : "";
    const relay = input.relayState !== undefined ? { RelayState: input.relayState } : {};
    if (fault === "refused") {
      const refusal =
        `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${newId()}" Version="2.0" IssueInstant="${at(now)}" Destination="${esc(acsUrl)}"${irt}>` +
        `<saml:Issuer>${esc(this.entityId)}</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Responder"><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:RequestDenied"/></samlp:StatusCode>` +
        `<samlp:StatusMessage>The user is not assigned to this application.</samlp:StatusMessage></samlp:Status></samlp:Response>`;
      return { acsUrl, SAMLResponse: Buffer.from(refusal).toString("base64"), ...relay };
    }
    const xml =
      `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${newId()}" Version="2.0" IssueInstant="${at(issued)}" Destination="${esc(destination)}"${irt}>` +
      `<saml:Issuer>${esc(this.entityId)}</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
      `<saml:Assertion xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema" ID="${newId()}" Version="2.0" IssueInstant="${at(issued)}">` +
      `<saml:Issuer>${esc(this.entityId)}</saml:Issuer>` +
      `<saml:Subject><saml:NameID Format="${EMAIL_FORMAT}">${esc(input.email)}</saml:NameID><saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${at(until)}" Recipient="${esc(recipient)}"${irt}/></saml:SubjectConfirmation></saml:Subject>` +
      `<saml:Conditions NotBefore="${at(issued - 1000)}" NotOnOrAfter="${at(until)}"><saml:AudienceRestriction><saml:Audience>${esc(audience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
      `<saml:AuthnStatement AuthnInstant="${at(issued)}" SessionIndex="${newId()}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>` +
      `<saml:AttributeStatement>${attribute("email", [input.email])}${attribute("name", input.name ? [input.name] : [])}${attribute("groups", input.groups ?? [])}</saml:AttributeStatement>` +
      `</saml:Assertion></samlp:Response>`;
    const { context } = await this.entity(false).createLoginResponse(sp, { extract: { request: { id: inResponseTo ?? "" } } }, "post", { email: input.email }, {
      customTagReplacement: () => ({ id: "", context: xml }),
    });
    let signed = Buffer.from(context, "base64").toString("utf8");
    if (fault === "tampered-signature") signed = signed.replace(`>${esc(input.email)}</saml:NameID>`, ">mallory@attacker.example</saml:NameID>");
    if (fault === "unsigned") signed = signed.replace(/<ds:Signature[\s\S]*?<\/ds:Signature>/g, "");
    return { acsUrl, SAMLResponse: Buffer.from(signed).toString("base64"), ...relay };
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  private entity(wantAuthnRequestsSigned: boolean) {
    return samlify.IdentityProvider({
      entityID: this.entityId,
      signingCert: this.certificatePem,
      privateKey: this.privateKeyPem,
      wantAuthnRequestsSigned,
      nameIDFormat: [EMAIL_FORMAT],
      singleSignOnService: [{ Binding: REDIRECT, Location: this.ssoUrl }],
      // Never used; without one samlify warns on every construction.
      singleLogoutService: [{ Binding: REDIRECT, Location: `${this.url}/slo` }],
    });
  }

  private async spMetadata(entityId: string): Promise<string> {
    const known = this.serviceProviders.get(entityId);
    if (known) return known;
    if (this.onlyRegistered) throw new Error(`No application with the entity ID ${entityId} is set up at this IdP.`);
    const res = await fetch(entityId, { signal: AbortSignal.timeout(10_000) });
    if (!res.ok) throw new Error(`SP metadata at ${entityId}: HTTP ${res.status}`);
    const xml = await res.text();
    this.serviceProviders.set(entityId, xml);
    return xml;
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    try {
      const url = new URL(req.url ?? "/", this.url);
      if (req.method === "GET" && url.pathname === "/metadata") return send(res, 200, this.metadataXml(), "application/samlmetadata+xml");
      if (req.method === "GET" && url.pathname === "/metadata-without-certificate") {
        return send(res, 200, this.metadataXml({ withoutCertificate: true }), "application/samlmetadata+xml");
      }
      if (req.method === "GET" && url.pathname === "/sso") return await this.loginForm(url, res);
      if (req.method === "GET" && url.pathname === "/idp-initiated") return await this.dashboardTile(url, res);
      if (req.method === "POST" && url.pathname === "/login") return await this.login(new URLSearchParams(await readBody(req)), res);
      if (req.method === "POST" && url.pathname.startsWith("/test-admin/")) return this.admin(url.pathname, JSON.parse((await readBody(req)) || "{}"), res);
      send(res, 404, page("Not found", "<p>Nothing here.</p>"));
    } catch (error) {
      send(res, 400, page("Sign-in request refused", `<p role="alert">${esc(error instanceof Error ? error.message : String(error))}</p>`));
    }
  }

  /**
   * The IdP admin's console, for tests in other processes (the e2e suite): POST /test-admin/users with a TestIdpUser
   * adds (or with `"remove": true` removes) a person; POST /test-admin/service-providers with `{ entityId, acsUrl }` or
   * `{ metadataXml }` registers an SP.
   */
  private admin(path: string, body: Record<string, unknown>, res: ServerResponse) {
    if (path === "/test-admin/users" && typeof body.email === "string") {
      if (body.remove === true) this.removeUser(body.email);
      else this.addUser(body as TestIdpUser);
    } else if (path === "/test-admin/service-providers" && typeof body.metadataXml === "string") this.registerServiceProvider(body.metadataXml);
    else if (path === "/test-admin/service-providers" && typeof body.entityId === "string" && typeof body.acsUrl === "string") {
      this.registerServiceProvider({ entityId: body.entityId, acsUrl: body.acsUrl });
    } else return send(res, 400, "Unknown admin request.", "text/plain");
    res.writeHead(204).end();
  }

  /** GET /sso (HTTP-Redirect binding): verifies the AuthnRequest (its signature when the SP signs) and shows the form. */
  private async loginForm(url: URL, res: ServerResponse) {
    const samlRequest = url.searchParams.get("SAMLRequest");
    if (!samlRequest) throw new Error("No SAMLRequest.");
    const requestXml = inflateRawSync(Buffer.from(samlRequest, "base64")).toString("utf8");
    const spEntityId = /<(?:\w+:)?Issuer[^>]*>([^<]+)<\/(?:\w+:)?Issuer>/.exec(requestXml)?.[1]?.trim();
    if (!spEntityId) throw new Error("The AuthnRequest names no Issuer.");
    const spMetadata = await this.spMetadata(spEntityId);
    const sp = samlify.ServiceProvider({ metadata: spMetadata });
    // The signed octet string is the query as sent: SAMLRequest, RelayState, SigAlg, still URL-encoded, in that order.
    const raw = new Map(url.search.slice(1).split("&").map((pair) => [pair.split("=")[0], pair] as const));
    const octetString = ["SAMLRequest", "RelayState", "SigAlg"].map((k) => raw.get(k)).filter(Boolean).join("&");
    const query = Object.fromEntries(url.searchParams);
    const parsed = await this.entity(sp.entityMeta.isAuthnRequestSigned()).parseLoginRequest(sp, "redirect", { query, octetString });
    const requestId = (parsed.extract.request as Record<string, string> | undefined)?.id;
    if (!requestId) throw new Error("The AuthnRequest has no ID.");
    this.showLoginForm(res, { spEntityId, requestId, relayState: url.searchParams.get("RelayState") ?? undefined });
  }

  /** GET /idp-initiated?sp=<SP entity id>: the app tile on an IdP dashboard (a response answering no request). */
  private async dashboardTile(url: URL, res: ServerResponse) {
    const spEntityId = url.searchParams.get("sp");
    if (!spEntityId) throw new Error("Name the SP: ?sp=<entity id>.");
    await this.spMetadata(spEntityId);
    this.showLoginForm(res, { spEntityId, relayState: url.searchParams.get("RelayState") ?? undefined });
  }

  private showLoginForm(res: ServerResponse, pending: { spEntityId: string; requestId?: string; relayState?: string }) {
    const key = newId();
    this.pending.set(key, pending);
    this.requestsSeen++;
    send(
      res,
      200,
      page(
        "Sign in to Test IdP",
        `<form method="post" action="/login">
          <input type="hidden" name="pending" value="${esc(key)}">
          <label>Email <input name="email" type="email" autocomplete="username" required></label>
          <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
          <label>Groups (comma-separated) <input name="groups"></label>
          <button type="submit">Sign in</button>
        </form>`,
      ),
    );
  }

  /** POST /login: checks the user, then posts the signed response to the SP's ACS (an auto-submitting form). */
  private async login(form: URLSearchParams, res: ServerResponse) {
    const pending = this.pending.get(form.get("pending") ?? "");
    if (!pending) throw new Error("This sign-in is unknown or was already used.");
    const user = this.users.get((form.get("email") ?? "").trim().toLowerCase());
    if (!user || user.password !== form.get("password")) {
      return send(res, 401, page("Sign-in failed", `<p role="alert">Unknown user or wrong password.</p><p><a href="javascript:history.back()">Try again</a></p>`));
    }
    this.pending.delete(form.get("pending") ?? "");
    const typed = (form.get("groups") ?? "").split(",").map((g) => g.trim()).filter(Boolean);
    const response = await this.createResponse({
      spEntityId: pending.spEntityId,
      email: user.email,
      name: user.name,
      groups: typed.length ? typed : user.groups,
      inResponseTo: pending.requestId,
      relayState: pending.relayState,
    });
    send(res, 200, autoPostPage(response));
  }
}

/** The HTML an IdP answers with: a form that posts the response to the ACS as soon as it loads (HTTP-POST binding). */
export function autoPostPage(response: TestIdpResponse): string {
  const relay = response.RelayState !== undefined ? `<input type="hidden" name="RelayState" value="${esc(response.RelayState)}">` : "";
  return page(
    "Signing you in",
    `<form method="post" action="${esc(response.acsUrl)}"><input type="hidden" name="SAMLResponse" value="${esc(response.SAMLResponse)}">${relay}<button type="submit">Continue</button></form>
    <script>document.forms[0].submit()</script>`,
  );
}

function page(title: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><h1>${esc(title)}</h1>${body}</body></html>`;
}

function send(res: ServerResponse, status: number, body: string, type = "text/html; charset=utf-8") {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" }).end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c)).on("end", () => resolve(Buffer.concat(chunks).toString("utf8"))).on("error", reject);
  });
}

/**
 * Signs in at the IdP the way a browser would, over HTTP: follows Roster's redirect to the login form, submits it,
 * and returns the response the IdP would post to Roster's ACS.
 */
export async function signInAtIdp(redirectUrl: string, credentials: { email: string; password: string; groups?: string }): Promise<TestIdpResponse> {
  const formPage = await fetch(redirectUrl);
  const html = await formPage.text();
  if (!formPage.ok) throw new Error(`IdP login form: HTTP ${formPage.status}: ${html}`);
  const pending = /name="pending" value="([^"]+)"/.exec(html)?.[1];
  if (!pending) throw new Error(`No login form: ${html}`);
  const body = new URLSearchParams({ pending, email: credentials.email, password: credentials.password, groups: credentials.groups ?? "" });
  const posted = await fetch(new URL("/login", redirectUrl), { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } });
  const answer = await posted.text();
  if (!posted.ok) throw new Error(`IdP login: HTTP ${posted.status}: ${answer}`);
  const field = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(answer)?.[1]?.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const acsUrl = /<form method="post" action="([^"]+)"/.exec(answer)?.[1]?.replace(/&amp;/g, "&");
  const SAMLResponse = field("SAMLResponse");
  if (!acsUrl || !SAMLResponse) throw new Error(`No response form: ${answer}`);
  const RelayState = field("RelayState");
  return { acsUrl, SAMLResponse, ...(RelayState !== undefined ? { RelayState } : {}) };
}
