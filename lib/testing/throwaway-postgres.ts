import { spawnSync } from "node:child_process";
import { chownSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./free-port";

const BIN = process.env.PG_BIN || "/usr/lib/postgresql/15/bin";

export type ThrowawayPostgres = { url: string; stop: () => void };

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

/** Starts a fresh PostgreSQL from the system binaries in a temp folder (about 1 s); `stop()` removes it. */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const dir = mkdtempSync(path.join(tmpdir(), "roster-pg-"));
  const ids = postgresIds();
  if (ids) chownSync(dir, ids.uid, ids.gid);
  const port = await freePort();
  const data = path.join(dir, "data");
  run(ids, "initdb", ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"]);
  run(ids, "pg_ctl", [
    "-D", data, "-l", path.join(dir, "log"), "-w", "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
    "start",
  ]);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run(ids, "pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}
