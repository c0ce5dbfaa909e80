// Test support: a local HTTP server speaking the parts of GitHub Roster uses. Its web side is GitHub's OAuth web flow as
// Auth.js's GitHub provider drives it (GITHUB_URL points here): an authorize page where the test names the GitHub user,
// and the code-for-token exchange (PKCE checked). Its API side (GITHUB_API_URL points here too) is the signed-in
// user's profile and emails, and their organization memberships. People who sign in are registered by the test (in
// process, or over HTTP at /_test/people from another process: the e2e suite); tokens given to setMembership directly
// (the integration tests, which write the account row themselves) carry memberships only.
import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

type Membership = { role: "admin" | "member"; state: "active" | "pending" };
type Orgs = Map<string, { login: string } & Membership>;

/** Someone who can sign in with GitHub here: their organizations are active memberships with this role. */
export type GitHubPerson = { login: string; name?: string; email: string; publicEmail?: boolean; organizations?: Record<string, "admin" | "member"> };

export type LocalGitHub = {
  /** The server's origin: both GITHUB_URL and GITHUB_API_URL. */
  url: string;
  /** The OAuth app the authorize and token endpoints accept (AUTH_GITHUB_ID, AUTH_GITHUB_SECRET). */
  oauthApp: { clientId: string; clientSecret: string };
  /** Adds a person who can sign in (or replaces one of the same login: tokens already given to them follow). */
  setPerson(person: GitHubPerson): void;
  /** Gives the token's user this membership of an organization (null: not a member). Unknown tokens get 401. */
  setMembership(accessToken: string, organization: string, membership: Membership | null): void;
  /** Every request, as "<path> <token>". */
  calls: string[];
  /** Answers 502 to everything while true. */
  failing: boolean;
  close(): Promise<void>;
};

type Person = { id: number; login: string; name: string | null; email: string; publicEmail: boolean; orgs: Orgs };
type Grant = { login: string; clientId: string; redirectUri: string; scope: string; challenge: string | null; expires: number };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const newSecret = (prefix: string) => `${prefix}${randomBytes(18).toString("base64url")}`;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** The authorize page: who signs in (a username field, as GitHub's login form), what the app asks for, Authorize or Cancel. */
function authorizePage(params: URLSearchParams, error?: string): string {
  const hidden = [...params].map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`).join("");
  const scopes = (params.get("scope") ?? "").split(/[\s,]+/).filter(Boolean);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Test GitHub: authorize</title><style>body{font-family:system-ui,sans-serif;max-width:22rem;margin:3rem auto;padding:0 1rem}
label{display:block;margin-top:.75rem}input[type=text]{width:100%;padding:.4rem;box-sizing:border-box}button{margin:1rem .5rem 0 0;padding:.5rem 1rem}
.error{color:#b00020}</style></head><body><h1>Test GitHub</h1>
<p>Sign in to authorize the OAuth app ${escapeHtml(params.get("client_id") ?? "")}. It asks for: ${escapeHtml(scopes.join(", ") || "no scopes")}.</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ""}
<form method="post" action="/login/oauth/authorize">${hidden}
<label for="login">Username</label><input id="login" name="login" type="text" required autofocus>
<button type="submit" name="decision" value="authorize">Authorize</button><button type="submit" name="decision" value="cancel" formnovalidate>Cancel</button>
</form></body></html>`;
}

export async function startLocalGitHub(oauthApp = { clientId: "test-github-client", clientSecret: "test-github-secret" }): Promise<LocalGitHub> {
  const people = new Map<string, Person>();
  const bareTokens = new Map<string, Orgs>();
  const issued = new Map<string, { login: string; scope: string }>();
  const grants = new Map<string, Grant>();
  let nextId = 1000;

  const personOf = (token: string) => {
    const grant = issued.get(token);
    return grant ? people.get(grant.login.toLowerCase()) : undefined;
  };
  const orgsOf = (token: string): Orgs | undefined => personOf(token)?.orgs ?? bareTokens.get(token);

  const state: LocalGitHub = {
    url: "",
    oauthApp,
    calls: [],
    failing: false,
    setPerson(p) {
      const key = p.login.toLowerCase();
      const orgs: Orgs = new Map(Object.entries(p.organizations ?? {}).map(([org, role]) => [org.toLowerCase(), { login: org, role, state: "active" }]));
      people.set(key, { id: people.get(key)?.id ?? nextId++, login: p.login, name: p.name ?? null, email: p.email, publicEmail: p.publicEmail ?? false, orgs });
    },
    setMembership(token, organization, membership) {
      const orgs = orgsOf(token) ?? new Map();
      if (!personOf(token)) bareTokens.set(token, orgs);
      if (membership) orgs.set(organization.toLowerCase(), { login: organization, ...membership });
      else orgs.delete(organization.toLowerCase());
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
    res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
  const html = (res: ServerResponse, status: number, body: string) => res.writeHead(status, { "content-type": "text/html; charset=utf-8" }).end(body);

  /** GitHub's web side: the authorize page (GET shows it, POST signs in and sends the browser back) and the token exchange. */
  async function web(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (url.pathname === "/login/oauth/authorize") {
      const params = req.method === "POST" ? new URLSearchParams(await readBody(req)) : url.searchParams;
      const redirectUri = params.get("redirect_uri") ?? "";
      if (params.get("client_id") !== oauthApp.clientId || !/^https?:\/\//.test(redirectUri)) {
        return html(res, 404, "<!doctype html><title>Test GitHub</title><h1>Test GitHub</h1><p>Unknown OAuth app or redirect URI.</p>");
      }
      if (req.method !== "POST") return html(res, 200, authorizePage(params));
      const back = new URL(redirectUri);
      const cameWith = new URLSearchParams([...params].filter(([k]) => !["login", "decision"].includes(k)));
      if (params.get("state")) back.searchParams.set("state", params.get("state")!);
      if (params.get("decision") === "cancel") {
        back.searchParams.set("error", "access_denied");
        back.searchParams.set("error_description", "The user has denied your application access.");
        return res.writeHead(302, { location: back.toString() }).end();
      }
      const person = people.get((params.get("login") ?? "").trim().toLowerCase());
      if (!person) return html(res, 200, authorizePage(cameWith, "Incorrect username."));
      const code = newSecret("");
      const challenge = params.get("code_challenge_method") === "S256" ? params.get("code_challenge") : null;
      grants.set(code, { login: person.login, clientId: oauthApp.clientId, redirectUri, scope: params.get("scope") ?? "", challenge, expires: Date.now() + 10 * 60_000 });
      back.searchParams.set("code", code);
      return res.writeHead(302, { location: back.toString() }).end();
    }
    // POST /login/oauth/access_token: client authentication (Basic or in the body), one use per code, PKCE when asked.
    const body = new URLSearchParams(await readBody(req));
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    const [clientId, clientSecret] = basic
      ? Buffer.from(basic, "base64").toString("utf8").split(":").map((s) => decodeURIComponent(s.replace(/\+/g, " ")))
      : [body.get("client_id"), body.get("client_secret")];
    const grant = grants.get(body.get("code") ?? "");
    grants.delete(body.get("code") ?? "");
    const verifier = body.get("code_verifier") ?? "";
    const error =
      clientId !== oauthApp.clientId || clientSecret !== oauthApp.clientSecret ? "incorrect_client_credentials"
      : !grant || grant.expires < Date.now() || grant.clientId !== clientId ? "bad_verification_code"
      : body.has("redirect_uri") && body.get("redirect_uri") !== grant.redirectUri ? "redirect_uri_mismatch"
      : grant.challenge && createHash("sha256").update(verifier).digest("base64url") !== grant.challenge ? "bad_verification_code"
      : null;
    // As GitHub: errors come with status 200, and the answer is JSON only when asked for (else form-encoded).
    const answer = error ? { error } : (() => {
      const token = newSecret("gho_");
      const scope = grant!.scope.split(/[\s,]+/).filter(Boolean).join(",");
      issued.set(token, { login: grant!.login, scope });
      return { access_token: token, token_type: "bearer", scope };
    })();
    if ((req.headers.accept ?? "").includes("json")) return json(res, 200, answer);
    res.writeHead(200, { "content-type": "application/x-www-form-urlencoded" }).end(new URLSearchParams(answer).toString());
  }

  /** For tests in another process (the e2e suite): POST /_test/people with a GitHubPerson. */
  async function control(req: IncomingMessage, res: ServerResponse) {
    try {
      const person = JSON.parse(await readBody(req)) as GitHubPerson;
      if (req.method !== "POST" || typeof person.login !== "string" || typeof person.email !== "string") throw new Error('POST /_test/people {"login","email",...}');
      state.setPerson(person);
      res.writeHead(204).end();
    } catch (error) {
      res.writeHead(400).end(String(error));
    }
  }

  function api(req: IncomingMessage, res: ServerResponse, url: URL, token: string) {
    const orgs = orgsOf(token);
    if (!orgs) return json(res, 401, { message: "Bad credentials" });
    const person = personOf(token);
    const scopes = { "x-oauth-scopes": issued.get(token)?.scope.replace(/,/g, ", ") ?? "read:org" };
    if (url.pathname === "/user" || url.pathname === "/user/emails") {
      if (!person) return json(res, 401, { message: "Bad credentials" });
      if (url.pathname === "/user/emails") return json(res, 200, [{ email: person.email, primary: true, verified: true, visibility: person.publicEmail ? "public" : "private" }], scopes);
      const profile = { login: person.login, id: person.id, avatar_url: `${state.url}/avatars/u/${person.id}`, type: "User", name: person.name, email: person.publicEmail ? person.email : null };
      return json(res, 200, profile, scopes);
    }
    const membershipJson = (m: { login: string } & Membership) => ({ state: m.state, role: m.role, organization: { login: m.login }, user: { login: person?.login ?? "someone" } });
    if (url.pathname === "/user/orgs") return json(res, 200, [...orgs.values()].filter((m) => m.state === "active").map((m) => ({ login: m.login })), scopes);
    if (url.pathname === "/user/memberships/orgs") {
      const wanted = url.searchParams.get("state");
      return json(res, 200, [...orgs.values()].filter((m) => !wanted || m.state === wanted).map(membershipJson), scopes);
    }
    const one = /^\/user\/memberships\/orgs\/([^/]+)$/.exec(url.pathname);
    if (one) {
      const m = orgs.get(decodeURIComponent(one[1]).toLowerCase());
      return m ? json(res, 200, membershipJson(m), scopes) : json(res, 404, { message: "Not Found" });
    }
    json(res, 404, { message: "Not Found" });
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const token = /^(?:Bearer|token) (.+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "";
    state.calls.push(`${url.pathname} ${token}`);
    if (state.failing) return json(res, 502, { message: "Server Error" });
    const done = (promise: Promise<unknown>) => promise.catch((error) => res.writeHead(500).end(String(error)));
    if (url.pathname === "/_test/people") return done(control(req, res));
    if (url.pathname === "/login/oauth/authorize" || (url.pathname === "/login/oauth/access_token" && req.method === "POST")) return done(web(req, res, url));
    api(req, res, url, token);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
