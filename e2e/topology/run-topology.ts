import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import postgres from "postgres";
import { freePort } from "@/lib/testing/free-port";
import { startTopology } from "@/lib/testing/topology";

// `npm run test:topology`: Roster scaled out with the real components, on the existing `npm run build` output.
// A PostgreSQL primary and a streaming standby, PgBouncer (transaction pooling) in front of the primary, two
// independent `npm run serve` instances (one process each) through PgBouncer with the standby as their read replica,
// HAProxy round-robin in front of them; then the journeys in journeys.topology.ts through HAProxy. This process also
// serves the journeys' control URL (TOPOLOGY_CONTROL): pausing the standby's replay, killing an instance, stopping
// the standby, HAProxy's per-instance counts. Everything is stopped at the end, also on failure.

const started = Date.now();
const DEADLINE_MS = 4 * 60_000;
const topology = await startTopology();
const apps: ChildProcess[] = [];
let exitCode = 1;
const cleanup = () => {
  for (const app of apps) if (app.exitCode === null && app.signalCode === null) app.kill("SIGKILL");
  topology.stop();
};
process.on("SIGINT", () => (cleanup(), process.exit(130)));
process.on("SIGTERM", () => (cleanup(), process.exit(143)));
const watchdog = setTimeout(() => {
  console.error(`[topology] over ${DEADLINE_MS / 1000} s: stopping everything`);
  cleanup();
  process.exit(1);
}, DEADLINE_MS);

try {
  mkdirSync("test-results/topology-logs", { recursive: true });
  const appPorts = [await freePort(), await freePort()];
  const haproxyPort = await freePort();
  const origin = `http://localhost:${haproxyPort}`;
  const common = {
    ...process.env,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_URL: origin,
    AUTH_SECRET: "topology-secret-not-for-production",
    DATABASE_URL: topology.pooledUrl,
    DB_PREPARE: "false",
    DATABASE_REPLICA_URL: topology.standbyUrl,
    DB_POOL_SIZE: "5",
    WEB_CONCURRENCY: "1",
    RESEND_API_KEY: "",
    PGLITE_DIR: "",
    SIGN_IN_LINKS_PER_IP: "100000",
  };
  appPorts.forEach((port, i) => {
    const child = spawn(process.execPath, ["--max-semi-space-size=32", "lib/server/serve.mjs"], {
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...common,
        PORT: String(port),
        ROSTER_INSTANCE_ID: `app${i + 1}`,
        // The first migrates on a direct connection; the second through PgBouncer (the lock is transaction-scoped).
        DATABASE_MIGRATION_URL: i === 0 ? topology.primaryUrl : "",
      },
    });
    // Each instance's whole output goes to test-results/topology-logs/app<n>.log; its ready line and fatal errors to the console.
    const log = createWriteStream(`test-results/topology-logs/app${i + 1}.log`);
    const relay = (data: Buffer) => {
      log.write(data);
      for (const line of data.toString().split("\n")) if (/ready on|"level":60|cannot start/.test(line)) console.log(`[app${i + 1}] ${line.slice(0, 300)}`);
    };
    child.stdout!.on("data", relay);
    child.stderr!.on("data", relay);
    apps.push(child);
  });
  await Promise.all(appPorts.map((port) => waitHealthy(`http://127.0.0.1:${port}/api/health`)));
  const haproxy = await topology.startHaproxy(appPorts, haproxyPort);
  await waitHealthy(`${origin}/api/health/live`, 15_000).catch(async (error) => {
    throw new Error(`${error.message}; HAProxy: ${JSON.stringify(await haproxy.stats())}`);
  });
  console.log(`[topology] primary, standby, PgBouncer, 2 instances and HAProxy ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const control = await serveControl({
    "POST /pause-replay": async () => onStandby((sql) => sql`select pg_wal_replay_pause()`),
    "POST /resume-replay": async () => onStandby((sql) => sql`select pg_wal_replay_resume()`),
    "POST /kill-app2": async () => {
      apps[1].kill("SIGKILL");
      await new Promise((resolve) => (apps[1].exitCode !== null || apps[1].signalCode !== null ? resolve(null) : apps[1].once("exit", resolve)));
    },
    "POST /stop-standby": async () => topology.stopStandby(),
    "GET /haproxy": () => haproxy.stats(),
  });

  const playwright = spawn("npx", ["playwright", "test", "--config", "e2e/topology/playwright.topology.config.ts", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      TOPOLOGY_ORIGIN: origin,
      TOPOLOGY_CONTROL: control.url,
      TOPOLOGY_APP_URLS: appPorts.map((p) => `http://localhost:${p}`).join(","),
      TOPOLOGY_PRIMARY_URL: topology.primaryUrl,
      TOPOLOGY_STANDBY_URL: topology.standbyUrl,
    },
  });
  exitCode = await new Promise<number>((resolve) => playwright.on("close", (code) => resolve(code ?? 1)));
  await control.close();
} catch (error) {
  console.error("[topology] failed:", error);
} finally {
  clearTimeout(watchdog);
  cleanup();
  console.log(`[topology] ${exitCode ? "FAILED" : "passed"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exit(exitCode);
}

async function waitHealthy(url: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    last = await fetch(url, { signal: AbortSignal.timeout(5000) }).then((r) => String(r.status), (e: Error) => String(e.cause ?? e));
    if (last === "200") return;
    if (apps.some((a) => a.exitCode !== null)) throw new Error("an app instance exited during start-up");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s (last: ${last})`);
}

async function onStandby(run: (sql: postgres.Sql) => Promise<unknown>): Promise<void> {
  const sql = postgres(topology.standbyUrl, { max: 1, onnotice: () => {} });
  try {
    await run(sql);
  } finally {
    await sql.end();
  }
}

/** A JSON control endpoint on 127.0.0.1 for the journeys (they run in Playwright's processes, not this one). */
async function serveControl(routes: Record<string, () => Promise<unknown> | unknown>) {
  const server = createServer(async (req, res) => {
    const route = routes[`${req.method} ${req.url}`];
    if (!route) return res.writeHead(404).end();
    try {
      const body = JSON.stringify((await route()) ?? { ok: true });
      res.writeHead(200, { "content-type": "application/json" }).end(body);
    } catch (error) {
      res.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
