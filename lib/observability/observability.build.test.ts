// Metrics and traces on the production server (lib/server/serve.mjs on the existing `.next` build: run `npm run build`
// first; `npm run test:server` runs it), with a throwaway PostgreSQL: Prometheus's scrape of /metrics on a two-process
// cluster, and the spans of a page request (with its SQL statements) arriving at a local OTLP receiver.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/testing/free-port";
import { startOtlpReceiver, type OtlpReceiver } from "@/lib/testing/otlp-receiver";
import { startThrowawayPostgres, type ThrowawayPostgres } from "@/lib/testing/throwaway-postgres";
import { generateToken } from "@/lib/tokens/token-format";

type Server = { port: number; url: (p: string) => string; log: () => string; stop: () => Promise<void> };

let pg: ThrowawayPostgres;
let sql: postgres.Sql;

beforeAll(async () => {
  if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) throw new Error("No production build: run `npm run build` first");
  pg = await startThrowawayPostgres();
  sql = postgres(pg.url, { max: 2, onnotice: () => {} });
}, 120_000);

afterAll(async () => {
  await sql?.end();
  pg?.stop();
});

async function waitFor<T>(check: () => Promise<T | undefined | false>, what: string, log: () => string = () => "", timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms:\n${log().slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(process.cwd(), "lib", "server", "serve.mjs")], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      PORT: String(port),
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: "observability-test-secret",
      AUTH_URL: `http://localhost:${port}`,
      AUTH_TRUST_HOST: "true",
      DATABASE_URL: pg.url,
      PGLITE_DIR: "",
      RESEND_API_KEY: "",
      DB_POOL_SIZE: "5",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const log = () => output;
  const stop = async () => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      process.kill(-child.pid, "SIGKILL");
      await exited;
    }
  };
  const url = (p: string) => `http://127.0.0.1:${port}${p}`;
  try {
    await waitFor(async () => /ready on http/.test(output) && (await fetch(url("/api/health"))).status === 200, "the server was not ready", log, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, url, log, stop };
}

/** A person who owns a workspace, signed in (a session row and its cookie), and an API token of theirs. */
async function seedOwner(slug: string) {
  const session = randomBytes(24).toString("hex");
  const [owner] = await sql`insert into users (id, email, name, email_verified) values (gen_random_uuid()::text, ${`${slug}@example.com`}, 'Olivia Owner', now()) returning id`;
  const [workspace] = await sql`insert into workspaces (slug, display_name, created_by) values (${slug}, 'Observed', ${owner.id}) returning id`;
  await sql`insert into memberships (workspace_id, user_id, role) values (${workspace.id}, ${owner.id}, 'owner')`;
  await sql`insert into sessions (session_token, user_id, expires) values (${session}, ${owner.id}, now() + interval '1 day')`;
  const secret = generateToken();
  await sql`insert into api_tokens (workspace_id, user_id, name, role, token_hash, display_prefix, created_by)
            values (${workspace.id}, ${owner.id}, 'metrics', 'owner', ${secret.hash}, ${secret.displayPrefix}, ${owner.id})`;
  return { cookie: `authjs.session-token=${session}`, token: secret.token };
}

/** The value of one sample of the Prometheus text, e.g. sample(text, 'roster_x_total{limit="api"}'). */
function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe("GET /metrics on a two-process cluster", () => {
  const METRICS_TOKEN = randomBytes(24).toString("hex");
  let server: Server;
  let owner: Awaited<ReturnType<typeof seedOwner>>;
  beforeAll(async () => {
    // The server migrates the database; then the seed.
    server = await startServer({ WEB_CONCURRENCY: "2", METRICS_TOKEN, API_RATE_LIMIT: "2" });
    owner = await seedOwner("metrics-ws");
  }, 180_000);
  afterAll(() => server?.stop());

  const scrape = () => fetch(server.url("/metrics"), { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });

  it("refuses a scrape without the token or with another", async () => {
    const bare = await fetch(server.url("/metrics"));
    expect(bare.status).toBe(401);
    expect(bare.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await fetch(server.url("/metrics"), { headers: { authorization: `Bearer ${METRICS_TOKEN.slice(1)}x` } })).status).toBe(401);
    expect((await fetch(server.url("/metrics"), { headers: { authorization: METRICS_TOKEN } })).status).toBe(401);
  });

  it("answers the cluster's sum: requests by route template and status, the database, rate limits, the queue, the processes", async () => {
    const PAGES = 6;
    // A new connection each: the cluster's primary hands connections to its two processes in turn.
    for (let i = 0; i < PAGES; i++) {
      const res = await fetch(server.url("/w/metrics-ws/settings/members"), { headers: { cookie: owner.cookie, connection: "close" } });
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    }
    expect((await fetch(server.url("/no/such/page"), { headers: { connection: "close" } })).status).toBe(404);
    const api = (n: number) => fetch(server.url(`/api/v1/members?n=${n}`), { headers: { authorization: `Bearer ${owner.token}`, connection: "close" } });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await api(i)).status);
    expect(statuses).toEqual([200, 200, 429]);

    const members = 'roster_http_request_duration_seconds_count{method="GET",route="/w/[slug]/settings/members",status="200"}';
    // Whichever process answers the scrape, it reports every process's requests (a response ends just before its count).
    const text = await waitFor(
      async () => {
        const res = await scrape();
        const body = await res.text();
        return res.status === 200 && sample(body, members) === PAGES && body;
      },
      "the scrape did not count every page request",
      server.log,
    );
    expect(sample(text, 'roster_http_requests_total{method="GET",route="/w/[slug]/settings/members",status="200"}')).toBe(PAGES);
    expect(sample(text, 'roster_http_request_duration_seconds_bucket{le="+Inf",method="GET",route="/w/[slug]/settings/members",status="200"}')).toBe(PAGES);
    expect(sample(text, 'roster_http_requests_total{method="GET",route="(unmatched)",status="404"}')).toBe(1);
    expect(sample(text, 'roster_http_requests_total{method="GET",route="/api/v1/members",status="429"}')).toBe(1);
    // Route templates, never concrete paths: the labels stay a fixed set.
    expect(text).not.toContain("metrics-ws");
    expect(text).not.toContain("/no/such/page");
    // The pool of each process (DB_POOL_SIZE 5), summed over the two: the answer is the cluster's, not one process's.
    expect(sample(text, "roster_db_pool_max_connections")).toBe(10);
    expect(sample(text, "roster_db_transactions_active")).toBeGreaterThanOrEqual(0);
    expect(sample(text, "roster_db_transactions_waiting")).toBe(0);
    expect(sample(text, 'roster_db_statement_duration_seconds_count{operation="select",outcome="ok"}')).toBeGreaterThan(PAGES);
    expect(sample(text, 'roster_rate_limit_refusals_total{limit="api"}')).toBe(1);
    expect(text).toContain("# TYPE process_cpu_user_seconds_total counter");
    expect(sample(text, "process_resident_memory_bytes")).toBeGreaterThan(0);
    expect(text).toMatch(/^nodejs_version_info\{/m);

    // The webhook queue's depth is the database's, read by every process: reported once, not summed (no jobs here).
    const queue = await waitFor(
      async () => {
        const body = await (await scrape()).text();
        return sample(body, 'roster_webhook_queue_jobs{state="queued"}') !== undefined && body;
      },
      "no webhook queue gauge",
      server.log,
    );
    expect(sample(queue, 'roster_webhook_queue_jobs{state="queued"}')).toBe(0);
    expect(sample(queue, 'roster_webhook_queue_jobs{state="active"}')).toBe(0);
  });
});

describe("traces sent to OTEL_EXPORTER_OTLP_ENDPOINT", () => {
  let receiver: OtlpReceiver;
  let server: Server;
  let owner: Awaited<ReturnType<typeof seedOwner>>;
  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    server = await startServer({
      WEB_CONCURRENCY: "1",
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
      OTEL_SERVICE_NAME: "roster-under-test",
      OTEL_BSP_SCHEDULE_DELAY: "100",
    });
    owner = await seedOwner("traced-ws");
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    await receiver?.close();
  });

  it("has the page request's span, with the request id of its logs, and a span per SQL statement under it", async () => {
    const res = await fetch(server.url("/w/traced-ws/settings/members"), { headers: { cookie: owner.cookie } });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    const requestId = res.headers.get("x-request-id");
    expect(requestId).toBeTruthy();

    const root = await waitFor(async () => receiver.spans.find((s) => s.attributes["roster.request_id"] === requestId), "no span with the request id", () => `${server.log()}\nspans received: ${receiver.spans.map((s) => s.name).join(", ")}`);
    expect(root.service).toBe("roster-under-test");
    expect(root.attributes["http.route"] ?? root.attributes["next.route"]).toBe("/w/[slug]/settings/members");
    expect(root.parentSpanId || undefined).toBeUndefined();
    const statements = await waitFor(
      async () => {
        const found = receiver.spans.filter((s) => s.traceId === root.traceId && s.name.startsWith("db "));
        return found.some((s) => String(s.attributes["db.statement"]).includes("session_token")) && found;
      },
      "no SQL spans in the request's trace",
      server.log,
    );
    for (const span of statements) {
      expect(span.attributes["db.system"]).toBe("postgresql");
      expect(span.attributes["db.statement"]).toMatch(/^\s*(select|insert|update|delete|with|begin)\b/i);
      // Parameters travel as $1, $2: the session token itself never reaches a span.
      expect(String(span.attributes["db.statement"])).not.toContain(owner.cookie.split("=")[1]);
    }
    // Each statement's span hangs under a span of this request (Next.js's rendering spans sit between).
    const ids = new Set(receiver.spans.filter((s) => s.traceId === root.traceId).map((s) => s.spanId));
    for (const span of statements) expect(ids.has(span.parentSpanId ?? "")).toBe(true);
  });

  it("keeps /metrics unserved without METRICS_TOKEN", async () => {
    expect((await fetch(server.url("/metrics"))).status).toBe(404);
  });
});
