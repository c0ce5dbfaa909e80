// `npm run serve`: the production server (after `npm run build`), through Next.js's custom-server API.
//
// On PostgreSQL it runs one process per CPU (WEB_CONCURRENCY overrides) sharing one port through node:cluster: Roster
// keeps nothing in process memory that another process would need (sessions, rate limits and invitations live in
// PostgreSQL), so these processes are the "several instances on one database" the app is built for. The embedded
// PGlite database belongs to one process, so without DATABASE_URL there is one.
//
// It is the only code ahead of Next.js, so it also screens requests Next.js would answer with a 500 before any Roster
// code runs (400 / 405 / 413 with a short plain-text body), tells the app the socket's address (`x-roster-client-ip`)
// and a request id (`x-request-id`, echoed as `X-Request-Id`), and shuts down gracefully: SIGTERM or SIGINT lets
// in-flight requests finish; SIGHUP to the cluster's primary replaces its processes one at a time (a rolling restart).
//
// Configuration: this file is plain JS that runs before the app (no TypeScript, no zod), so it reads process.env
// itself; the app validates what it reads (TRUSTED_PROXIES among them) in lib/env.ts.
import { AsyncLocalStorage } from "node:async_hooks";
import cluster from "node:cluster";
import { hkdfSync, randomUUID } from "node:crypto";
import { createServer, IncomingMessage } from "node:http";
import { createRequire } from "node:module";
import { BlockList, isIP, Server as NetServer } from "node:net";
import { availableParallelism, hostname } from "node:os";
import path from "node:path";
import limits from "./limits.json" with { type: "json" };
import { processMetrics, superviseMetrics } from "./metrics.mjs";

process.env.NODE_ENV ??= "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const port = Number(process.env.PORT || 3000);
/** Names the instance that answered (`X-Roster-Instance`), for operators and the topology test behind a load balancer. */
const instanceId = process.env.ROSTER_INSTANCE_ID?.trim() || `${hostname()}:${port}`;
serverActionsKeyFromAuthSecret();
const processes = process.env.DATABASE_URL ? Math.max(1, Number(process.env.WEB_CONCURRENCY || availableParallelism())) : 1;
const shutdownTimeoutMs = nonNegativeInteger("SHUTDOWN_TIMEOUT_MS", 25_000);
const trustedPeer = trustedPeerCheck(process.env.TRUSTED_PROXIES);
/**
 * Each request's context, shared with the app through globalThis (this file is outside its bundle): db/faults.ts marks
 * a request that met an unavailable database, so its error page is answered 503 rather than Next.js's 500.
 */
const requestContext = new AsyncLocalStorage();
globalThis.__rosterRequestContext = requestContext;
/** The cookie that tells an error page the request id of the failed response (the browser cannot read its headers). */
const ERROR_REFERENCE_COOKIE = "roster-error-ref";

if (processes > 1 && cluster.isPrimary) {
  supervise(processes);
} else {
  await serve();
}

/** One server process: every request is screened, then handled by Next.js; SIGTERM or SIGINT drains it. */
async function serve() {
  // Prometheus metrics (lib/server/metrics.mjs): null unless METRICS_TOKEN is set. Before the app starts, which reports to them.
  const metrics = processMetrics();
  const { default: next } = await import("next");
  const app = next({ dev: false, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  metrics?.readRoutes(app.server?.distDir ?? path.join(process.cwd(), ".next"));
  let draining = false;
  /** Responses not yet finished, so a drain can mark their connections to close after them. */
  const inFlight = new Set();

  const server = createServer((req, res) => {
    inFlight.add(res);
    res.once("close", () => inFlight.delete(res));
    const requestId = identify(req, res);
    if (metrics) {
      metrics.observe(req, res);
      if (metrics.answer(req, res)) return;
    }
    if (draining) {
      res.setHeader("Connection", "close");
      if (pathOf(req.url) === "/api/health") return plain(res, 503, "Shutting down.", { "Retry-After": "1" });
    }
    const context = { requestId, databaseUnavailable: false };
    answerFaultsHonestly(req, res, context);
    requestContext.run(context, () =>
      screen(req, res).then(
        (screened) => screened && handle(screened, res),
        (error) => {
          console.error(`[roster] request ${requestId} failed before Next.js`, error);
          if (!res.headersSent) plain(res, 500, "Internal error.");
          else res.destroy();
        },
      ),
    );
  });
  // CONNECT never reaches the request handler; without this listener Node.js drops the socket without an answer.
  server.on("connect", (_req, socket) => socket.end(rawResponse(405, "Method not allowed.", { Allow: ALLOWED_METHODS.join(", ") })));
  server.listen(port, async () => {
    const ready = await appReady();
    // One process prints its banner; a cluster's processes tell the primary, which prints one for all of them.
    if (cluster.isPrimary) console.log(banner(ready));
    else process.send?.({ roster: "ready", ready });
  });

  const drain = async (signal) => {
    if (draining) return;
    draining = true;
    console.log(`[roster] ${signal}: process ${process.pid} stops accepting connections (${inFlight.size} requests in flight)`);
    const closed = new Promise((resolve) => server.once("close", resolve)); // once the last connection has ended
    // Stop accepting, but not through http.Server#close(): that also destroys idle keep-alive connections at once,
    // and a client sending its next request on one that instant gets a reset. Instead a connection closes after its
    // current or next response (Connection: close), and one left idle ends at its keep-alive timeout, which the
    // client was told (Keep-Alive: timeout=5) and so does not reuse it past.
    NetServer.prototype.close.call(server);
    for (const res of inFlight) if (!res.headersSent) res.setHeader("Connection", "close");
    const force = setTimeout(() => {
      console.error(`[roster] ${inFlight.size} requests still running after SHUTDOWN_TIMEOUT_MS=${shutdownTimeoutMs}; closing their connections`);
      server.closeAllConnections();
    }, shutdownTimeoutMs);
    await closed;
    clearTimeout(force);
    // db/client.ts registers closeDb on globalThis: this file is outside the app's bundle and cannot import it.
    const closeDb = globalThis.__rosterCloseDb;
    try {
      await Promise.race([closeDb?.(), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
    } catch (error) {
      console.error("[roster] closing the database pool failed", error);
    }
    console.log(`[roster] process ${process.pid} stopped${closeDb ? " (database pool closed)" : ""}`);
    process.exit(0);
  };
  // `on`, not `once`: Ctrl-C reaches every process of the group and the primary forwards it too; a second signal
  // must not kill a process that is draining.
  process.on("SIGTERM", () => drain("SIGTERM"));
  process.on("SIGINT", () => drain("SIGINT"));
  // SIGHUP is the primary's rolling restart: a cluster process ignores its own copy (a terminal's hangup reaches the
  // whole group); a server that is one process cannot roll, so it drains and exits as on SIGTERM.
  process.on("SIGHUP", () => {
    if (cluster.isPrimary) void drain("SIGHUP");
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Start-up: the ready line comes once the database is open and migrated, and says where to go.

/**
 * Waits until the app answers its readiness check (the database opened and migrated: lib/startup.ts runs at start-up,
 * /api/health waits for it), then returns what lib/startup.ts recorded about the database and mail in use.
 */
async function appReady() {
  const deadline = Date.now() + 120_000;
  let healthy = false;
  while (!healthy && Date.now() < deadline) {
    healthy = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(5000) }).then(
      (res) => res.ok,
      () => false,
    );
    if (!healthy) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { healthy, ...(globalThis.__rosterStartupInfo ?? {}) };
}

/** The lines a newcomer reads: the URL, the database in use and, without a Resend key, the local mailbox. */
function banner({ healthy, database, mail, processes }) {
  const url = `http://localhost:${port}`;
  const lines = [`[roster] ready on ${url}${processes ? ` (${processes} processes)` : ""}${healthy ? "" : " (the database is not reachable yet)"}`];
  if (database) lines.push(`[roster]   database: ${database}`);
  if (mail === "mailbox") lines.push(`[roster]   mail: not sent (no RESEND_API_KEY); read it in the local mailbox at ${url}/dev/mailbox`);
  else if (mail) lines.push(`[roster]   mail: ${mail}`);
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------------------------
// Screening: requests that would fail inside Next.js before Roster's code runs get a 4xx here.

/** The methods Next.js routes (next/dist/server/web/http.js); any other gets a 500 or no answer from it. */
const ALLOWED_METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH"];
const bodyLimit = limits.serverActionBodyBytes;
/** Oversized bodies up to this size are read and discarded, so the browser sees the 413 rather than a reset upload. */
const DISCARD_LIMIT = 16 * bodyLimit;
const require = createRequire(import.meta.url);
// Next.js's own parser of the router-state header, so the screen refuses exactly what it would fail on.
const { parseAndValidateFlightRouterState } = require("next/dist/server/app-render/parse-and-validate-flight-router-state.js");

/**
 * Answers a request Next.js cannot handle and resolves to null, or resolves to the request for Next.js (for a server
 * action, a copy carrying the body that was read and checked here).
 */
async function screen(req, res) {
  if (!ALLOWED_METHODS.includes(req.method ?? "")) {
    return plain(res, 405, "Method not allowed.", { Allow: ALLOWED_METHODS.join(", ") });
  }
  const path = pathOf(req.url);
  try {
    decodeURIComponent(path);
  } catch {
    return plain(res, 400, "Malformed percent-encoding in the path.");
  }
  const routerState = req.headers["next-router-state-tree"];
  if (routerState !== undefined) {
    try {
      parseAndValidateFlightRouterState(routerState);
    } catch {
      return plain(res, 400, "Malformed router state header.");
    }
  }
  if (!isServerAction(req, path)) return req;
  return screenServerAction(req, res);
}

/** A POST that Next.js treats as a server action: a fetch action (Next-Action header) or a multipart form on a page. */
function isServerAction(req, path) {
  if (req.method !== "POST" || path.startsWith("/api/") || path.startsWith("/_next/")) return false;
  return req.headers["next-action"] !== undefined || String(req.headers["content-type"] ?? "").toLowerCase().startsWith("multipart/form-data");
}

const limitText = bodyLimit >= 1024 * 1024 ? `${Math.round((bodyLimit / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bodyLimit / 1024)} KB`;
const TOO_LARGE = `This form is too large to send (the limit is ${limitText}). Shorten it and try again.`;

async function screenServerAction(req, res) {
  const origin = req.headers.origin;
  if (typeof origin === "string") {
    // Next.js's CSRF check (the Origin's host against X-Forwarded-Host or Host) answers a mismatch, or an Origin it
    // cannot parse, with a 500; Roster allows no other origins (serverActions.allowedOrigins).
    let originHost;
    try {
      originHost = origin === "null" ? "null" : new URL(origin).host;
    } catch {
      return plain(res, 400, "Malformed Origin header.");
    }
    const forwardedHost = req.headers["x-forwarded-host"];
    const host = (Array.isArray(forwardedHost) ? forwardedHost[0] : forwardedHost?.split(",")[0]?.trim()) || req.headers.host;
    if (originHost !== host) return plain(res, 403, "Cross-origin form submissions are refused.");
  }
  const declared = Number(req.headers["content-length"] ?? NaN);
  if (declared > DISCARD_LIMIT) return plain(res, 413, TOO_LARGE, { Connection: "close" });
  const body = await readBody(req, bodyLimit);
  if (body === null) return plain(res, 413, TOO_LARGE, { Connection: "close" });
  if (!(await decodes(req, body))) return plain(res, 400, "The form's data could not be decoded.");
  return replay(req, body);
}

/** The body, or null once it passes `limit` (the rest is discarded up to DISCARD_LIMIT, then the connection dropped). */
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > DISCARD_LIMIT) req.destroy();
    });
    req.on("end", () => resolve(size <= limit ? Buffer.concat(chunks) : null));
    req.on("close", () => {
      if (!req.complete) resolve(null);
    });
    req.on("error", reject);
  });
}

/** Whether Next.js can decode the body: a multipart form that parses, or a fetch action's text that is UTF-8 JSON. */
async function decodes(req, body) {
  const contentType = String(req.headers["content-type"] ?? "");
  if (contentType.toLowerCase().startsWith("multipart/form-data")) {
    try {
      await new Response(body, { headers: { "content-type": contentType } }).formData();
      return true;
    } catch {
      return false;
    }
  }
  try {
    JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
    return true;
  } catch {
    return false;
  }
}

/** A request Next.js reads like the original, with the body that was already read from the socket. */
function replay(req, body) {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.httpVersion = req.httpVersion;
  const headers = { ...req.headers, "content-length": String(body.length) };
  delete headers["transfer-encoding"];
  copy.headers = headers;
  copy.rawHeaders = Object.entries(headers).flatMap(([name, value]) => (Array.isArray(value) ? value.flatMap((v) => [name, v]) : [name, String(value)]));
  copy.complete = true;
  copy._read = () => {};
  copy.push(body);
  copy.push(null);
  return copy;
}

// ---------------------------------------------------------------------------------------------------------------
// What the app learns about the request from the server alone.

/**
 * Sets `x-roster-client-ip` to the socket's address, overwriting any a client sent (lib/rate-limit/client-ip.ts reads
 * it and applies TRUSTED_PROXIES), and the request id: the incoming `x-request-id` only from a trusted proxy, else a
 * new one. Returns the id, which the response echoes.
 */
function identify(req, res) {
  const peer = req.socket.remoteAddress ?? "";
  req.headers["x-roster-client-ip"] = peer;
  const incoming = req.headers["x-request-id"];
  const id = typeof incoming === "string" && /^[\w.:-]{1,128}$/.test(incoming) && trustedPeer(peer) ? incoming : randomUUID();
  req.headers["x-request-id"] = id;
  res.setHeader("X-Request-Id", id);
  res.setHeader("X-Roster-Instance", instanceId);
  return id;
}

/**
 * The status line of a failed page, fixed as it is written: Next.js answers every error a page did not handle with a
 * 500, so one whose request met an unavailable database becomes the 503 with Retry-After it is (the API and server
 * actions answer their own 503s). A failed page's response also carries its request id in a short-lived cookie, which
 * the error page shows as the reference to quote.
 */
function answerFaultsHonestly(req, res, context) {
  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    if (status === 500 && context.databaseUnavailable) {
      status = 503;
      if (!this.hasHeader("retry-after")) this.setHeader("Retry-After", "2");
    }
    if (status >= 500 && !pathOf(req.url).startsWith("/api/")) {
      this.appendHeader("Set-Cookie", `${ERROR_REFERENCE_COOKIE}=${context.requestId}; Path=/; Max-Age=600; SameSite=Lax`);
    }
    return writeHead.call(this, status, ...rest);
  };
}

/** Whether the socket's peer is a proxy TRUSTED_PROXIES names (a hop count trusts the nearest one). */
function trustedPeerCheck(value) {
  const setting = value?.trim();
  if (!setting) return () => false;
  if (/^\d+$/.test(setting)) return () => Number(setting) > 0;
  const list = new BlockList();
  for (const range of setting.split(",").map((r) => r.trim()).filter(Boolean)) {
    const [address = "", prefix] = range.split("/");
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (!isIP(address)) continue; // lib/env.ts refuses the setting at start-up with a message
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return (peer) => {
    const address = peer.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
    return isIP(address) > 0 && list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Several instances, one key.

/**
 * Next.js encrypts the variables a server action closes over (and reads them back when the action is called) with
 * NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, read at run time (next/dist/server/app-render/encryption-utils.js: the variable,
 * else the key the build wrote into its server-actions manifest). Instances running copies of one build share the
 * manifest's key; instances built separately would not, and a page rendered by one would fail its action on another.
 * So unless it is set, it is derived here from AUTH_SECRET (which every instance shares, and which production on
 * PostgreSQL requires): HKDF-SHA256 to the 32 bytes Next.js expects. The build id and the action ids still come from
 * the build: deploy one build to every instance (docs/deploy.md).
 */
function serverActionsKeyFromAuthSecret() {
  const secret = process.env.AUTH_SECRET?.trim();
  if (process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY?.trim() || !secret) return;
  const key = hkdfSync("sha256", secret, "roster", "next-server-actions-encryption-key", 32);
  process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = Buffer.from(key).toString("base64");
}

// ---------------------------------------------------------------------------------------------------------------
// Small helpers.

function pathOf(url) {
  const end = (url ?? "/").search(/[?#]/);
  return end === -1 ? (url ?? "/") : url.slice(0, end);
}

/** A short plain-text answer. Exactly `text/plain`: Next.js's client shows such a body as a server action's error. */
function plain(res, status, message, headers = {}) {
  res.writeHead(status, { "Content-Type": "text/plain", "Content-Length": Buffer.byteLength(message), "Cache-Control": "no-store", ...headers });
  res.end(message);
  return null;
}

function rawResponse(status, message, headers) {
  const lines = [`HTTP/1.1 ${status} ${status === 405 ? "Method Not Allowed" : "Error"}`, "Content-Type: text/plain", `Content-Length: ${Buffer.byteLength(message)}`, "Connection: close"];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  return `${lines.join("\r\n")}\r\n\r\n${message}`;
}

function nonNegativeInteger(name, fallback) {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw)) {
    console.error(`[roster] cannot start: ${name} must be a non-negative integer, got "${raw}"`);
    process.exit(1);
  }
  return Number(raw);
}

// ---------------------------------------------------------------------------------------------------------------
// The cluster's primary.

/** A process that exits this soon after it started failed its start-up check (bad configuration, database down). */
const START_UP_MS = 30_000;

/**
 * Starts `count` server processes and replaces one that dies while serving. One that dies during start-up (the
 * start-up check exits with a message) stops the whole server with its exit code, rather than restarting forever.
 * SIGTERM and SIGINT are forwarded to every process, and the primary exits once they all have. SIGHUP replaces the
 * processes one at a time (a new one listens before an old one drains), e.g. after a new build.
 */
function supervise(count) {
  let stopping = false;
  let restarting = false;
  let exitCode = 0;
  const listening = new Set();
  const startedAt = new Map();
  /** Processes a rolling restart is draining, and the new ones it waits for: their exits are expected. */
  const retiring = new Set();
  const candidates = new Map();
  const fork = () => {
    const worker = cluster.fork();
    startedAt.set(worker.id, Date.now());
    return worker;
  };
  const workers = () => Object.values(cluster.workers ?? {}).filter(Boolean);
  const stopAll = (code, signal = "SIGTERM") => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    for (const worker of workers()) worker.process.kill(signal);
    if (workers().length === 0) process.exit(exitCode);
    setTimeout(() => {
      console.error("[roster] server processes did not stop in time; killing them");
      for (const worker of workers()) worker.process.kill("SIGKILL");
      process.exit(exitCode || 1);
    }, shutdownTimeoutMs + 10_000).unref();
  };
  cluster.on("listening", (worker) => {
    listening.add(worker.id);
    candidates.get(worker.id)?.(true);
  });
  const ready = new Set();
  cluster.on("message", (worker, message) => {
    if (message?.roster !== "ready" || ready.size === count) return;
    ready.add(worker.id);
    if (ready.size === count) console.log(banner({ ...message.ready, processes: count }));
  });
  cluster.on("exit", (worker, code, signal) => {
    listening.delete(worker.id);
    if (stopping) {
      if (workers().length === 0) process.exit(exitCode);
      return;
    }
    if (retiring.delete(worker.id)) return;
    const candidate = candidates.get(worker.id);
    if (candidate) {
      console.error(`[roster] a new server process failed to start (${signal ?? `exit code ${code}`}); the old ones keep serving`);
      candidate(false);
      return;
    }
    if (Date.now() - (startedAt.get(worker.id) ?? 0) < START_UP_MS) {
      console.error(`[roster] a server process failed to start (${signal ?? `exit code ${code}`})`);
      stopAll(code || 1);
      return;
    }
    console.error(`[roster] server process ${worker.process.pid} stopped (${signal ?? `exit code ${code}`}); starting another`);
    fork();
  });

  const rollingRestart = async () => {
    if (restarting || stopping) return;
    restarting = true;
    console.log(`[roster] SIGHUP: replacing ${workers().length} server processes one at a time`);
    for (const old of workers()) {
      if (stopping) break;
      const fresh = fork();
      const started = await new Promise((resolve) => candidates.set(fresh.id, resolve));
      candidates.delete(fresh.id);
      if (!started || stopping) break;
      retiring.add(old.id);
      const exited = new Promise((resolve) => old.once("exit", resolve));
      old.process.kill("SIGTERM");
      await exited;
    }
    restarting = false;
    if (!stopping) console.log(`[roster] rolling restart done (${workers().length} processes)`);
  };

  process.on("SIGTERM", () => stopAll(0, "SIGTERM"));
  process.on("SIGINT", () => stopAll(0, "SIGINT"));
  process.on("SIGHUP", () => void rollingRestart());
  superviseMetrics();
  for (let i = 0; i < count; i++) fork();
}
