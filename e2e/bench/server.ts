import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { freePort } from "@/lib/testing/free-port";

export type NextServer = {
  baseUrl: string;
  stop: () => Promise<void>;
  logTail: () => string;
  /** CPU time (user + system, ms) the server's processes have used so far; null where /proc is missing (not Linux). */
  cpuMs: () => number | null;
};

const CLOCK_TICKS_PER_S = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout?.trim()) || 100;

/** CPU time of every live process in process group `group` (the server's primary and its cluster processes), from /proc. */
function groupCpuMs(group: number): number | null {
  let ticks = 0;
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return null;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // exited meanwhile
    }
    // Fields after the command name (which may hold spaces, in parentheses): state ppid pgrp ... utime (14) stime (15).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) !== group) continue;
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / CLOCK_TICKS_PER_S;
}

/**
 * `npm run serve`'s server (lib/server/serve.mjs) on the benchmark's build (`.next-bench`, see build.ts), spawned
 * directly (not through npm) in its own process group, so stopping it ends every process it started. On PostgreSQL it
 * runs one process per CPU unless `WEB_CONCURRENCY` says otherwise.
 */
export async function startNextServer(env: Record<string, string>): Promise<NextServer> {
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  // The same command line as `npm run serve` (package.json), which npm would wrap in a shell.
  const child: ChildProcess = spawn(process.execPath, ["--max-semi-space-size=32", path.join(process.cwd(), "lib", "server", "serve.mjs")], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      PORT: String(port),
      NODE_ENV: "production",
      AUTH_SECRET: "bench-secret",
      AUTH_URL: baseUrl,
      AUTH_TRUST_HOST: "true",
      ROSTER_COUNT_QUERIES: "1",
      NEXT_TELEMETRY_DISABLED: "1",
      DB_POOL_SIZE: "10",
      RESEND_API_KEY: "",
      PGLITE_DIR: "",
      ROSTER_BENCH_FIXTURES: "1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split("\n").filter(Boolean));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once("exit", () => {
      exited = true;
      resolve();
    }),
  );

  const stop = async () => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    const killed = await Promise.race([exit.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 5000))]);
    if (!killed) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
      await exit;
    }
  };
  const logTail = () => lines.slice(-40).join("\n");
  const cpuMs = () => (child.pid === undefined ? null : groupCpuMs(child.pid));

  const deadline = Date.now() + 60_000;
  while (true) {
    if (exited) throw new Error(`next start exited before it was healthy:\n${logTail()}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start was not healthy within 60 s:\n${logTail()}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { baseUrl, stop, logTail, cpuMs };
}
