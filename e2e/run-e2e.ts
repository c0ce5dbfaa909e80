import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startOidcProvider } from "@/lib/testing/oidc-provider";
import { startThrowawayPostgres } from "@/lib/testing/throwaway-postgres";

// A real OpenID Provider on localhost for the SSO journeys (this process serves it, so Playwright runs asynchronously).
const idp = await startOidcProvider();

// Runs the Playwright suite twice: on an embedded PGlite folder, then on a throwaway PostgreSQL.
async function playwright(label: string, env: Record<string, string>): Promise<number> {
  console.log(`\n=== e2e on ${label} ===`);
  const args = ["playwright", "test", ...process.argv.slice(2)];
  const child = spawn("npx", args, { stdio: "inherit", env: { ...process.env, ...env, E2E_DB: label, E2E_OIDC_ISSUER: idp.issuer } });
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

const only = process.env.E2E_ONLY;
let failed = 0;

if (!only || only === "pglite") {
  const dir = mkdtempSync(path.join(tmpdir(), "roster-pglite-"));
  try {
    failed += await playwright("pglite", { PGLITE_DIR: path.join(dir, "db"), DATABASE_URL: "" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!only || only === "postgres") {
  const pg = await startThrowawayPostgres();
  try {
    failed += await playwright("postgres", { DATABASE_URL: pg.url, PGLITE_DIR: "" });
  } finally {
    pg.stop();
  }
}

await idp.stop();
process.exit(failed ? 1 : 0);
