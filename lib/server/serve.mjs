// `npm run serve`: the production server (after `npm run build`), through Next.js's custom-server API.
//
// On PostgreSQL it runs one process per CPU (WEB_CONCURRENCY overrides) sharing one port through node:cluster: Roster
// keeps nothing in process memory that another process would need (sessions, rate limits and invitations live in
// PostgreSQL), so these processes are the "several instances on one database" the app is built for. The embedded
// PGlite database belongs to one process, so without DATABASE_URL there is one.
import cluster from "node:cluster";
import { createServer } from "node:http";
import { availableParallelism } from "node:os";

process.env.NODE_ENV ??= "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const port = Number(process.env.PORT || 3000);
const processes = process.env.DATABASE_URL ? Math.max(1, Number(process.env.WEB_CONCURRENCY || availableParallelism())) : 1;

if (processes > 1 && cluster.isPrimary) {
  supervise(processes);
} else {
  await serve();
}

/** One server process: Next.js handles every request; the first SIGTERM or SIGINT ends it. */
async function serve() {
  const { default: next } = await import("next");
  const app = next({ dev: false, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => handle(req, res));
  server.listen(port, () => {
    if (cluster.isPrimary) console.log(`[roster] ready on http://localhost:${port}`);
  });
  const stop = () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

/** A process that exits this soon after it started failed its start-up check (bad configuration, database down). */
const START_UP_MS = 30_000;

/**
 * Starts `count` server processes and replaces one that dies while serving. One that dies during start-up (the
 * start-up check exits with a message) stops the whole server with its exit code, rather than restarting forever.
 */
function supervise(count) {
  let stopping = false;
  let exitCode = 0;
  const listening = new Set();
  const startedAt = new Map();
  const fork = () => startedAt.set(cluster.fork().id, Date.now());
  const stopAll = (code) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    setTimeout(() => process.exit(exitCode), 5000).unref();
  };
  cluster.on("listening", (worker) => {
    listening.add(worker.id);
    if (listening.size === count) console.log(`[roster] ready on http://localhost:${port} (${count} processes)`);
  });
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode);
      return;
    }
    if (!listening.has(worker.id) || Date.now() - (startedAt.get(worker.id) ?? 0) < START_UP_MS) {
      console.error(`[roster] a server process failed to start (${signal ?? `exit code ${code}`})`);
      stopAll(code || 1);
      return;
    }
    console.error(`[roster] server process ${worker.process.pid} stopped (${signal ?? `exit code ${code}`}); starting another`);
    listening.delete(worker.id);
    fork();
  });
  process.once("SIGTERM", () => stopAll(0));
  process.once("SIGINT", () => stopAll(0));
  for (let i = 0; i < count; i++) fork();
}
