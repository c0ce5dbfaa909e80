import { spawn, spawnSync } from "node:child_process";
import { chownSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./free-port";

const BIN = process.env.PG_BIN || "/usr/lib/postgresql/15/bin";

export type ThrowawayPostgres = {
  url: string;
  /** Stops it for good and removes its folder. */
  stop: () => void;
  /** `pg_ctl -m immediate stop` (a crash: no checkpoint, clients cut off), keeping the data. */
  crash: () => Promise<void>;
  /** Starts it again on the same port (after crash()); resolves once it accepts connections. */
  start: () => Promise<void>;
};

function postgresIds(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout.trim());
  const gid = Number(spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout.trim());
  if (!uid) throw new Error("Running as root needs a `postgres` system user to run PostgreSQL");
  return { uid, gid };
}

function run(ids: { uid: number; gid: number } | null, cmd: string, args: string[]) {
  const result = spawnSync(path.join(BIN, cmd), args, {
    encoding: "utf8",
    ...(ids ? { uid: ids.uid, gid: ids.gid } : {}),
    env: { ...process.env, LC_ALL: "C.UTF-8" },
  });
  if (result.status !== 0) throw new Error(`${cmd} failed: ${result.stderr || result.stdout || result.error}`);
}

/** The same as run(), without blocking the event loop (a fault test keeps its load running meanwhile). */
function runAsync(ids: { uid: number; gid: number } | null, cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(BIN, cmd), args, { ...(ids ? { uid: ids.uid, gid: ids.gid } : {}), env: { ...process.env, LC_ALL: "C.UTF-8" } });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (status) => (status === 0 ? resolve() : reject(new Error(`${cmd} failed: ${output}`))));
  });
}

/**
 * Starts a fresh PostgreSQL from the system binaries in a temp folder (about 1 s); `stop()` removes it. `durable`
 * keeps synchronous_commit on, so a commit acknowledged before a crash() survives it (fault tests count on that).
 */
export async function startThrowawayPostgres(options: { durable?: boolean } = {}): Promise<ThrowawayPostgres> {
  const dir = mkdtempSync(path.join(tmpdir(), "roster-pg-"));
  const ids = postgresIds();
  if (ids) chownSync(dir, ids.uid, ids.gid);
  const port = await freePort();
  const data = path.join(dir, "data");
  run(ids, "initdb", ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"]);
  const settings = `-c fsync=off ${options.durable ? "" : "-c synchronous_commit=off "}-c full_page_writes=off -c max_connections=200`;
  const startArgs = ["-D", data, "-l", path.join(dir, "log"), "-w", "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 ${settings}`, "start"];
  const stopArgs = ["-D", data, "-m", "immediate", "-w", "stop"];
  run(ids, "pg_ctl", startArgs);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      // It may be stopped already (a test crashed it): then pg_ctl stop fails, and the folder goes all the same.
      if (spawnSync(path.join(BIN, "pg_ctl"), ["-D", data, "status"], { ...(ids ? { uid: ids.uid, gid: ids.gid } : {}) }).status === 0) run(ids, "pg_ctl", stopArgs);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop,
    crash: () => runAsync(ids, "pg_ctl", stopArgs),
    start: () => runAsync(ids, "pg_ctl", startArgs),
  };
}
