import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startThrowawayPostgres } from "@/lib/testing/throwaway-postgres";

// Runs the Playwright suite twice: on an embedded PGlite folder, then on a throwaway PostgreSQL.
function playwright(label: string, env: Record<string, string>): number {
  console.log(`\n=== e2e on ${label} ===`);
  const args = ["playwright", "test", ...process.argv.slice(2)];
  const result = spawnSync("npx", args, { stdio: "inherit", env: { ...process.env, ...env, E2E_DB: label } });
  return result.status ?? 1;
}

const only = process.env.E2E_ONLY;
let failed = 0;

if (!only || only === "pglite") {
  const dir = mkdtempSync(path.join(tmpdir(), "roster-pglite-"));
  try {
    failed += playwright("pglite", { PGLITE_DIR: path.join(dir, "db"), DATABASE_URL: "" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!only || only === "postgres") {
  const pg = await startThrowawayPostgres();
  try {
    failed += playwright("postgres", { DATABASE_URL: pg.url, PGLITE_DIR: "" });
  } finally {
    pg.stop();
  }
}

process.exit(failed ? 1 : 0);
