// Prometheus metrics of the production server (prom-client), on only when METRICS_TOKEN is set: `GET /metrics` with
// `Authorization: Bearer <METRICS_TOKEN>` answers the text format; without the token configured /metrics is Next.js's
// 404 and prom-client is never loaded. They are per instance (Prometheus scrapes each one) and, in a cluster, the sum
// over its processes: the process that receives the scrape asks the primary, whose prom-client AggregatorRegistry
// collects every process's registry over IPC (the workers share one port, so no process can answer for the others
// alone, and the primary has no HTTP server of its own).
//
// The app (its own bundle, which cannot import this file) reports through `globalThis.__rosterMetrics`: db/ times its
// statements and offers its transaction admission's usage, lib/ counts rate-limit refusals and offers the webhook
// queue's depth. Absent (metrics off, `next dev`, tests), nothing is observed.
import { timingSafeEqual } from "node:crypto";
import cluster from "node:cluster";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const token = process.env.METRICS_TOKEN?.trim() || "";
/** Whether /metrics is served (and anything observed). */
export const metricsEnabled = token !== "";

const COLLECT = "roster:metrics:collect";
const RESULT = "roster:metrics:result";
const SCRAPE_TIMEOUT_MS = 10_000;

/** The primary of a cluster: answers its processes' requests for the cluster's metrics. */
export function superviseMetrics() {
  if (!metricsEnabled) return;
  const { AggregatorRegistry } = require("prom-client");
  const aggregator = new AggregatorRegistry();
  cluster.on("message", (worker, message) => {
    if (message?.roster !== COLLECT) return;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ roster: RESULT, id: message.id, text }),
      (error) => worker.send({ roster: RESULT, id: message.id, error: String(error?.message ?? error) }),
    );
  });
}

/** One server process's metrics, or null when they are off. */
export function processMetrics() {
  if (!metricsEnabled) return null;
  const client = require("prom-client");
  const registry = client.register;
  client.collectDefaultMetrics({ register: registry });
  // Sets up this process's IPC answer to the primary's AggregatorRegistry (prom-client needs it once per process).
  if (cluster.isWorker) new client.AggregatorRegistry();
  let routeOf = () => "(unmatched)";
  const sources = new Map();

  const labelNames = ["method", "route", "status"];
  const requests = new client.Counter({ name: "roster_http_requests_total", help: "HTTP requests answered, by route template and status.", labelNames });
  const duration = new client.Histogram({
    name: "roster_http_request_duration_seconds",
    help: "Time from a request's arrival to the end of its response, by route template and status.",
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  });
  const statements = new client.Histogram({
    name: "roster_db_statement_duration_seconds",
    help: "Database statements (PostgreSQL) from sending to their result, by SQL command and outcome.",
    labelNames: ["operation", "outcome"],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
  });
  const refusals = new client.Counter({ name: "roster_rate_limit_refusals_total", help: "Requests refused by a rate limit, by limit.", labelNames: ["limit"] });
  const pool = async (read) => {
    const usage = await sources.get("dbPool")?.();
    return usage ? read(usage) : undefined;
  };
  new client.Gauge({
    name: "roster_db_pool_max_connections",
    help: "The database connections a process may open (DB_POOL_SIZE).",
    async collect() {
      const v = await pool((u) => u.size);
      if (v !== undefined) this.set(v);
    },
  });
  new client.Gauge({
    name: "roster_db_transactions_active",
    help: "Transactions holding a pooled connection now (at most DB_POOL_SIZE - 1 per process).",
    async collect() {
      const v = await pool((u) => u.active);
      if (v !== undefined) this.set(v);
    },
  });
  new client.Gauge({
    name: "roster_db_transactions_waiting",
    help: "Transactions waiting for a pooled connection now (they give up after DB_POOL_TIMEOUT_MS with a 503).",
    async collect() {
      const v = await pool((u) => u.waiting);
      if (v !== undefined) this.set(v);
    },
  });
  new client.Gauge({
    name: "roster_webhook_queue_jobs",
    help: "Webhook delivery jobs in the queue (pg-boss), by state; one figure for the database, not summed over processes.",
    labelNames: ["state"],
    // Every process reads the same queue: the cluster's figure is any one process's, not their sum.
    aggregator: "max",
    async collect() {
      const depth = await withTimeout(sources.get("webhookQueue")?.(), 5000).catch(() => undefined);
      if (!depth) return;
      for (const [state, count] of Object.entries(depth)) this.set({ state }, count);
    },
  });

  globalThis.__rosterMetrics = {
    observeStatement(operation, seconds, failed) {
      statements.observe({ operation, outcome: failed ? "error" : "ok" }, seconds);
    },
    countRateLimitRefusal(limit) {
      refusals.inc({ limit });
    },
    /** Registers what a gauge reads on each scrape: "dbPool" -> { size, active, waiting }, "webhookQueue" -> counts by state. */
    source(name, read) {
      sources.set(name, read);
    },
  };

  let pending = 0;
  const waiting = new Map();
  if (cluster.isWorker) {
    process.on("message", (message) => {
      if (message?.roster !== RESULT) return;
      waiting.get(message.id)?.(message);
    });
  }
  /** The Prometheus text of this instance: the cluster's sum in a worker, this process's own otherwise. */
  const collect = async () => {
    if (!cluster.isWorker) return registry.metrics();
    const id = `${process.pid}:${++pending}`;
    try {
      const message = await withTimeout(
        new Promise((resolve) => {
          waiting.set(id, resolve);
          process.send({ roster: COLLECT, id });
        }),
        SCRAPE_TIMEOUT_MS,
      );
      if (message.error) throw new Error(message.error);
      return message.text;
    } finally {
      waiting.delete(id);
    }
  };

  return {
    /** The build's routes manifest turns a request's path into its route template, so the labels stay a fixed set. */
    readRoutes(distDir) {
      routeOf = routeTemplates(distDir);
    },
    /** Times a request from now to the end of its response (or its connection closing first). */
    observe(req, res) {
      const started = process.hrtime.bigint();
      res.once("close", () => {
        const labels = { method: METHODS.has(req.method) ? req.method : "other", route: routeOf(pathOf(req.url)), status: String(res.statusCode) };
        requests.inc(labels);
        duration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
      });
    },
    /** Answers GET /metrics (true), or leaves the request to the app (false: another path or method). */
    answer(req, res) {
      if (pathOf(req.url) !== "/metrics" || (req.method !== "GET" && req.method !== "HEAD")) return false;
      if (!authorized(req.headers.authorization)) {
        send(res, 401, "text/plain", "A bearer token (METRICS_TOKEN) is required.", { "WWW-Authenticate": 'Bearer realm="metrics"' });
        return true;
      }
      collect().then(
        (text) => send(res, 200, registry.contentType, text),
        (error) => {
          console.error("[roster] collecting the metrics failed", error);
          send(res, 503, "text/plain", "The metrics could not be collected; try again.", { "Retry-After": "1" });
        },
      );
      return true;
    },
  };
}

const METHODS = new Set(["GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH"]);

function authorized(header) {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? "");
  if (!match) return false;
  const given = Buffer.from(match[1].trim());
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Path -> route template, from the build's routes manifest (Next.js's own list, dynamic routes in its matching order).
 * Unknown paths (a 404, a public file) share one label, and so do Next.js's static assets.
 */
export function routeTemplates(distDir) {
  let manifest = { staticRoutes: [], dynamicRoutes: [] };
  try {
    manifest = JSON.parse(readFileSync(path.join(distDir, "routes-manifest.json"), "utf8"));
  } catch (error) {
    console.error("[roster] metrics: no routes manifest, every request is labelled (unmatched)", error);
  }
  const exact = new Map((manifest.staticRoutes ?? []).map((r) => [r.page, r.page]));
  const dynamic = (manifest.dynamicRoutes ?? []).map((r) => ({ page: r.page, regex: new RegExp(r.regex) }));
  const rscSuffix = manifest.rsc?.suffix ?? ".rsc";
  const segmentDir = manifest.rsc?.prefetchSegmentDirSuffix ?? ".segments";
  return (pathname) => {
    if (pathname.startsWith("/_next/")) return pathname.startsWith("/_next/static/") ? "/_next/static" : pathname.startsWith("/_next/image") ? "/_next/image" : "/_next";
    if (pathname === "/metrics") return "/metrics";
    let p = pathname;
    const segments = p.indexOf(`${segmentDir}/`);
    if (segments !== -1) p = p.slice(0, segments);
    if (p.endsWith(rscSuffix)) p = p.slice(0, -rscSuffix.length);
    if (p === "/index") p = "/";
    if (p.length > 1 && p.endsWith("/")) p = p.slice(0, -1);
    const found = exact.get(p) ?? dynamic.find((r) => r.regex.test(p))?.page;
    return found ?? "(unmatched)";
  };
}

function pathOf(url) {
  const end = (url ?? "/").search(/[?#]/);
  return end === -1 ? (url ?? "/") : url.slice(0, end);
}

function send(res, status, type, body, headers = {}) {
  if (res.headersSent) return res.end();
  res.writeHead(status, { "Content-Type": type, "Content-Length": Buffer.byteLength(body), "Cache-Control": "no-store", ...headers });
  res.end(body);
}

function withTimeout(promise, ms) {
  if (!promise) return Promise.resolve(undefined);
  let timer;
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)))]).finally(() => clearTimeout(timer));
}
