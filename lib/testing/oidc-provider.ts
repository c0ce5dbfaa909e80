// A real OpenID Provider on localhost for tests: oidc-provider (the certified Node implementation) with open dynamic
// client registration, a plain login form (Email, Password, "Sign in") that Playwright or a fetch client fills, a
// small admin API to add and remove people, and an optional rewrite of the ID tokens it issues (re-signed with its
// own key, or with a broken signature) for the negative tests.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { decodeJwt, exportJWK, generateKeyPair, SignJWT, type JWTPayload } from "jose";
import Provider, { type Configuration } from "oidc-provider";
import { freePort } from "./free-port";

export type IdpPerson = { email: string; name?: string; groups?: string[]; password?: string };

/** What the provider changes in the next ID tokens it issues (null: nothing). */
export type IdTokenTamper = {
  aud?: string;
  iss?: string;
  /** Seconds since the epoch; a time in the past makes an expired token. */
  exp?: number;
  /** A string replaces the nonce; null removes it. */
  nonce?: string | null;
  /** Flips the signature's bytes. */
  badSignature?: boolean;
};

export type TestOidcProvider = {
  issuer: string;
  /** Registers a confidential client (RFC 7591) for these redirect URIs; returns its id and secret. */
  registerClient(redirectUris: string[]): Promise<{ clientId: string; clientSecret: string }>;
  /** Adds (or with null removes) a person who can sign in with `email` and their password (default "password"). */
  setPerson(person: IdpPerson | { email: string; remove: true }): void;
  setTamper(tamper: IdTokenTamper | null): void;
  /**
   * Follows an authorization URL as a browser would, signing in as `email`: returns the URL the provider sends the
   * browser back to (the client's redirect URI with `code` and `state`, or `error`).
   */
  signIn(authorizationUrl: string, email: string, password?: string): Promise<URL>;
  stop(): Promise<void>;
};

const DEFAULT_PASSWORD = "password";

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginPage(uid: string, error?: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Test IdP: sign in</title><style>body{font-family:system-ui,sans-serif;max-width:22rem;margin:3rem auto;padding:0 1rem}
label{display:block;margin-top:.75rem}input{width:100%;padding:.4rem;box-sizing:border-box}button{margin-top:1rem;padding:.5rem 1rem}
.error{color:#b00020}</style></head><body><h1>Test IdP</h1>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ""}
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<label for="email">Email</label><input id="email" name="email" type="email" required autofocus>
<label for="password">Password</label><input id="password" name="password" type="password" required>
<button type="submit">Sign in</button></form></body></html>`;
}

/** Starts the provider on http://localhost:<port> (a free one unless given). */
export async function startOidcProvider(options: { port?: number } = {}): Promise<TestOidcProvider> {
  const port = options.port ?? (await freePort());
  const issuer = `http://localhost:${port}`;
  const people = new Map<string, IdpPerson>();
  let tamper: IdTokenTamper | null = null;
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: "test-key", alg: "RS256", use: "sig" };

  const configuration: Configuration = {
    jwks: { keys: [jwk] },
    cookies: { keys: ["test-idp-cookie-key"] },
    features: { devInteractions: { enabled: false }, registration: { enabled: true } },
    scopes: ["openid", "email", "profile", "groups", "offline_access"],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"], groups: ["groups"] },
    // Email, name and groups in the ID token itself (as Okta and Entra ID can be configured to do).
    conformIdTokenClaims: false,
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, id) {
      const person = people.get(id);
      if (!person) return undefined;
      return {
        accountId: id,
        async claims() {
          return { sub: id, email: person.email, email_verified: true, name: person.name, groups: person.groups ?? [] };
        },
      };
    },
    ttl: { Session: 60, Interaction: 600, Grant: 600, AccessToken: 600, AuthorizationCode: 60, IdToken: 600 },
  };
  const provider = new Provider(issuer, configuration);
  const callback = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse, uid: string, action: string | undefined) {
    if (req.method === "GET" && !action) {
      await provider.interactionDetails(req, res);
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(loginPage(uid));
      return;
    }
    if (req.method === "POST" && action === "login") {
      const details = await provider.interactionDetails(req, res);
      const form = new URLSearchParams(await readBody(req));
      const email = (form.get("email") ?? "").trim().toLowerCase();
      const person = people.get(email);
      if (!person || (person.password ?? DEFAULT_PASSWORD) !== form.get("password")) {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(loginPage(uid, "Unknown email address or wrong password."));
        return;
      }
      const grant = new provider.Grant({ accountId: email, clientId: String(details.params.client_id) });
      grant.addOIDCScope(String(details.params.scope ?? "openid"));
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { login: { accountId: email }, consent: { grantId } }, { mergeWithLastSubmission: false });
      return;
    }
    res.writeHead(404).end();
  }

  async function rewriteIdToken(idToken: string): Promise<string> {
    if (!tamper) return idToken;
    const payload: JWTPayload = { ...decodeJwt(idToken) };
    if (tamper.aud !== undefined) payload.aud = tamper.aud;
    if (tamper.iss !== undefined) payload.iss = tamper.iss;
    if (tamper.exp !== undefined) {
      payload.exp = tamper.exp;
      payload.iat = tamper.exp - 600;
    }
    if (tamper.nonce === null) delete payload.nonce;
    else if (tamper.nonce !== undefined) payload.nonce = tamper.nonce;
    const signed = await new SignJWT(payload).setProtectedHeader({ alg: "RS256", kid: jwk.kid }).sign(privateKey);
    if (!tamper.badSignature) return signed;
    const [h, p, s] = signed.split(".");
    const bytes = Buffer.from(s, "base64url");
    bytes[0] ^= 0xff;
    return `${h}.${p}.${bytes.toString("base64url")}`;
  }

  /** Lets the provider answer the token request, then rewrites the ID token in its JSON body. */
  function interceptToken(res: ServerResponse) {
    const end = res.end.bind(res) as (chunk?: unknown) => ServerResponse;
    (res as unknown as { end: (chunk?: unknown) => ServerResponse }).end = (chunk?: unknown) => {
      if (!tamper || !chunk || res.statusCode !== 200) return end(chunk);
      const body = JSON.parse(Buffer.from(chunk as Buffer).toString("utf8")) as { id_token?: string };
      if (!body.id_token) return end(chunk);
      void rewriteIdToken(body.id_token).then((idToken) => {
        const out = JSON.stringify({ ...body, id_token: idToken });
        res.setHeader("content-length", Buffer.byteLength(out));
        end(out);
      });
      return res;
    };
  }

  async function admin(req: IncomingMessage, res: ServerResponse) {
    const body = JSON.parse((await readBody(req)) || "{}") as IdpPerson & { remove?: boolean; tamper?: IdTokenTamper | null };
    if (req.url === "/test-admin/people") api.setPerson(body.remove ? { email: body.email, remove: true } : body);
    else if (req.url === "/test-admin/tamper") tamper = body.tamper ?? null;
    res.writeHead(204).end();
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", issuer);
    const match = url.pathname.match(/^\/interaction\/([^/]+)(?:\/([a-z]+))?$/);
    let handle: Promise<unknown>;
    if (match) handle = interaction(req, res, match[1], match[2]);
    else if (url.pathname.startsWith("/test-admin/") && req.method === "POST") handle = admin(req, res);
    else {
      if (url.pathname === "/token") interceptToken(res);
      handle = Promise.resolve(callback(req, res));
    }
    handle.catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));

  const api: TestOidcProvider = {
    issuer,
    async registerClient(redirectUris) {
      const res = await fetch(`${issuer}/reg`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ redirect_uris: redirectUris, response_types: ["code"], grant_types: ["authorization_code"] }),
      });
      if (!res.ok) throw new Error(`client registration failed: ${res.status} ${await res.text()}`);
      const client = (await res.json()) as { client_id: string; client_secret: string };
      return { clientId: client.client_id, clientSecret: client.client_secret };
    },
    setPerson(person) {
      const email = person.email.trim().toLowerCase();
      if ("remove" in person) people.delete(email);
      else people.set(email, { ...person, email });
    },
    setTamper(next) {
      tamper = next;
    },
    async signIn(authorizationUrl, email, password = DEFAULT_PASSWORD) {
      const jar = new Map<string, string>();
      const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
      const remember = (res: Response) => {
        for (const c of res.headers.getSetCookie()) {
          const [pair] = c.split(";");
          const i = pair.indexOf("=");
          jar.set(pair.slice(0, i), pair.slice(i + 1));
        }
      };
      let url = new URL(authorizationUrl);
      let init: RequestInit = {};
      for (let hop = 0; hop < 20; hop++) {
        if (url.origin !== issuer) return url;
        const res = await fetch(url, { ...init, redirect: "manual", headers: { ...(init.headers ?? {}), cookie: cookieHeader() } });
        remember(res);
        const location = res.headers.get("location");
        if (location) {
          url = new URL(location, url);
          init = {};
          continue;
        }
        const form = url.pathname.match(/^\/interaction\/([^/]+)$/);
        if (res.status === 200 && form && !init.method) {
          url = new URL(`/interaction/${form[1]}/login`, issuer);
          init = {
            method: "POST",
            headers: { "content-type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams({ email, password }).toString(),
          };
          continue;
        }
        throw new Error(`the test IdP answered ${res.status} at ${url.pathname}: ${(await res.text()).slice(0, 300)}`);
      }
      throw new Error("too many redirects at the test IdP");
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return api;
}
