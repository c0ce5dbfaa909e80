import { spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./free-port";

// The real components of a scaled-out deployment, from Debian's packages, for the topology test: a PostgreSQL primary
// with a streaming standby (pg_basebackup -R), PgBouncer in transaction mode, HAProxy in front of app instances.
// Everything lives in one temp folder and listens on 127.0.0.1; stop() ends what was started and removes the folder.

const BIN = process.env.PG_BIN || "/usr/lib/postgresql/15/bin";

type Ids = { uid: number; gid: number } | null;

function postgresIds(): Ids {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout.trim());
  const gid = Number(spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout.trim());
  if (!uid) throw new Error("Running as root needs a `postgres` system user to run PostgreSQL and PgBouncer");
  return { uid, gid };
}

function run(ids: Ids, cmd: string, args: string[]): string {
  const result = spawnSync(cmd, args, { encoding: "utf8", ...(ids ? { uid: ids.uid, gid: ids.gid } : {}), env: { ...process.env, LC_ALL: "C.UTF-8" }, timeout: 60_000 });
  if (result.status !== 0) throw new Error(`${path.basename(cmd)} ${args.join(" ")} failed: ${result.stderr || result.stdout || result.error}`);
  return result.stdout;
}

/** Resolves once something accepts TCP connections on the port, or rejects after `timeoutMs`. */
export async function waitForPort(port: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => (socket.destroy(), resolve(true)));
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on 127.0.0.1:${port} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export type Topology = {
  dir: string;
  primaryPort: number;
  standbyPort: number;
  pgbouncerPort: number;
  /** Direct to the primary (migrations, test assertions). */
  primaryUrl: string;
  /** Through PgBouncer (transaction pooling) to the primary. */
  pooledUrl: string;
  standbyUrl: string;
  /** Stops the standby (fast shutdown): replica reads must fall back to the primary. */
  stopStandby: () => void;
  /** HAProxy round-robin over the given app ports, on `port`; `stats` reads its admin socket. */
  startHaproxy: (appPorts: number[], port: number) => Promise<{ stats: () => Promise<HaproxyServer[]> }>;
  stop: () => void;
};

export type HaproxyServer = { name: string; status: string; requests: number };

/** Primary + streaming standby + PgBouncer (pool_mode = transaction) in front of the primary. */
export async function startTopology(): Promise<Topology> {
  const dir = mkdtempSync(path.join(tmpdir(), "roster-topology-"));
  const ids = postgresIds();
  if (ids) chownSync(dir, ids.uid, ids.gid);
  const [primaryPort, standbyPort, pgbouncerPort] = [await freePort(), await freePort(), await freePort()];
  const primary = path.join(dir, "primary");
  const standby = path.join(dir, "standby");
  const stops: (() => void)[] = [];
  const stop = () => {
    for (const fn of stops.splice(0).reverse()) {
      try {
        fn();
      } catch (error) {
        console.error("[topology] stopping:", error instanceof Error ? error.message : error);
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const pgCtl = (data: string, port: number, log: string) => {
    run(ids, path.join(BIN, "pg_ctl"), ["-D", data, "-l", log, "-w", "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200 -c track_counts=on`, "start"]);
    stops.push(() => {
      if (spawnSync(path.join(BIN, "pg_ctl"), ["-D", data, "status"], { ...(ids ? { uid: ids.uid, gid: ids.gid } : {}) }).status === 0) {
        run(ids, path.join(BIN, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
      }
    });
  };
  try {
    run(ids, path.join(BIN, "initdb"), ["-D", primary, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"]);
    pgCtl(primary, primaryPort, path.join(dir, "primary.log"));
    run(ids, path.join(BIN, "pg_basebackup"), ["-h", "127.0.0.1", "-p", String(primaryPort), "-U", "postgres", "-D", standby, "-R", "-X", "stream", "-c", "fast", "--no-sync"]);
    pgCtl(standby, standbyPort, path.join(dir, "standby.log"));

    // PgBouncer refuses to run as root; its files must belong to the user it runs as.
    const ini = path.join(dir, "pgbouncer.ini");
    writeFileSync(
      ini,
      [
        "[databases]",
        `postgres = host=127.0.0.1 port=${primaryPort} dbname=postgres`,
        "[pgbouncer]",
        `listen_addr = 127.0.0.1`,
        `listen_port = ${pgbouncerPort}`,
        `unix_socket_dir = ${dir}`,
        "auth_type = trust",
        `auth_file = ${path.join(dir, "userlist.txt")}`,
        "pool_mode = transaction",
        "max_client_conn = 500",
        "default_pool_size = 20",
        "admin_users = postgres",
        `logfile = ${path.join(dir, "pgbouncer.log")}`,
        `pidfile = ${path.join(dir, "pgbouncer.pid")}`,
        "",
      ].join("\n"),
    );
    writeFileSync(path.join(dir, "userlist.txt"), '"postgres" ""\n');
    if (ids) for (const f of ["pgbouncer.ini", "userlist.txt"]) chownSync(path.join(dir, f), ids.uid, ids.gid);
    run(ids, "/usr/sbin/pgbouncer", ["-d", ini]);
    stops.push(() => killPidFile(path.join(dir, "pgbouncer.pid")));
    await waitForPort(pgbouncerPort);
  } catch (error) {
    stop();
    throw error;
  }

  const startHaproxy = async (appPorts: number[], port: number) => {
    const cfg = path.join(dir, "haproxy.cfg");
    const socket = path.join(dir, "haproxy.sock");
    writeFileSync(
      cfg,
      [
        "global",
        `  stats socket ${socket} level admin`,
        "defaults",
        "  mode http",
        "  timeout connect 2s",
        "  timeout client 60s",
        "  timeout server 60s",
        "  retries 2",
        "  option redispatch",
        "frontend web",
        // Both loopbacks: browsers and Node resolve "localhost" to either.
        `  bind 127.0.0.1:${port}`,
        `  bind [::1]:${port}`,
        "  default_backend app",
        "backend app",
        "  balance roundrobin",
        // HTTP/1.1 with a Host: Next.js answers a Host-less HTTP/1.0 check (haproxy's default) with an error.
        "  option httpchk",
        "  http-check send meth GET uri /api/health/live ver HTTP/1.1 hdr Host localhost",
        "  http-check expect status 200",
        // The host the browser used, for Auth.js's and the server actions' origin checks.
        "  option forwardfor",
        "  default-server inter 500ms fall 2 rise 1",
        ...appPorts.map((p, i) => `  server app${i + 1} 127.0.0.1:${p} check`),
        "",
      ].join("\n"),
    );
    run(null, "/usr/sbin/haproxy", ["-c", "-q", "-f", cfg]);
    run(null, "/usr/sbin/haproxy", ["-f", cfg, "-D", "-p", path.join(dir, "haproxy.pid")]);
    stops.push(() => killPidFile(path.join(dir, "haproxy.pid")));
    await waitForPort(port);
    return { stats: () => haproxyStats(socket) };
  };

  return {
    dir,
    primaryPort,
    standbyPort,
    pgbouncerPort,
    primaryUrl: `postgres://postgres@127.0.0.1:${primaryPort}/postgres`,
    pooledUrl: `postgres://postgres@127.0.0.1:${pgbouncerPort}/postgres`,
    standbyUrl: `postgres://postgres@127.0.0.1:${standbyPort}/postgres`,
    stopStandby: () => run(ids, path.join(BIN, "pg_ctl"), ["-D", standby, "-m", "fast", "-w", "stop"]),
    startHaproxy,
    stop,
  };
}

function killPidFile(file: string) {
  if (!existsSync(file)) return;
  const pid = Number(readFileSync(file, "utf8").trim());
  if (pid) {
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

/** `show stat` on HAProxy's admin socket: each app server's status and how many requests it was sent. */
function haproxyStats(socket: string): Promise<HaproxyServer[]> {
  return new Promise((resolve, reject) => {
    const client = connect(socket);
    let out = "";
    client.on("connect", () => client.write("show stat\n"));
    client.on("data", (d) => (out += d));
    client.on("error", reject);
    client.on("end", () => {
      const [header, ...rows] = out.trim().split("\n");
      const cols = header.replace(/^# /, "").split(",");
      const at = (name: string) => cols.indexOf(name);
      resolve(
        rows
          .map((r) => r.split(","))
          .filter((r) => r[at("pxname")] === "app" && r[at("svname")] !== "BACKEND")
          .map((r) => ({ name: r[at("svname")], status: r[at("status")], requests: Number(r[at("stot")]) })),
      );
    });
  });
}
