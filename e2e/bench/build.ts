import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where the benchmark's build lives (next.config.ts's distDir under ROSTER_BENCH_FIXTURES=1). */
export const BENCH_DIST_DIR = ".next-bench";

/**
 * The benchmark measures its own production build of the current source: the product's pages plus its fixtures
 * (`*.bench.tsx`, the minimal signed-in page), in `.next-bench` so the product's build in `.next` never serves them.
 * It builds on every run, so the figures are never those of a stale build; `BENCH_REUSE_BUILD=1` keeps an existing one
 * (when only the benchmark itself changed).
 */
export function buildForBench(log: (...args: unknown[]) => void): void {
  const buildId = path.join(process.cwd(), BENCH_DIST_DIR, "BUILD_ID");
  if (process.env.BENCH_REUSE_BUILD === "1" && existsSync(buildId)) {
    log(`reusing the benchmark's build in ${BENCH_DIST_DIR} (BENCH_REUSE_BUILD=1)`);
    return;
  }
  const started = performance.now();
  log(`building the benchmark's build into ${BENCH_DIST_DIR} (next build with ROSTER_BENCH_FIXTURES=1)`);
  // next build points next-env.d.ts at its distDir's route types; the product's build owns that file, so it is put back.
  const nextEnv = path.join(process.cwd(), "next-env.d.ts");
  const nextEnvBefore = existsSync(nextEnv) ? readFileSync(nextEnv, "utf8") : null;
  const result = spawnSync("npx", ["next", "build"], {
    stdio: ["ignore", 2, 2],
    env: { ...process.env, ROSTER_BENCH_FIXTURES: "1", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (nextEnvBefore !== null) writeFileSync(nextEnv, nextEnvBefore);
  if (result.status !== 0) throw new Error("next build (ROSTER_BENCH_FIXTURES=1) failed");
  log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
