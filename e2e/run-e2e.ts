import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { serveDnsControl, startLocalDns } from "@/lib/testing/local-dns-server";
import { startLocalGitHub } from "@/lib/testing/local-github-api";
import { startOidcProvider } from "@/lib/testing/oidc-provider";
import { TestSamlIdp } from "@/lib/testing/saml-idp";
import { startThrowawayPostgres } from "@/lib/testing/throwaway-postgres";

// Runs the Playwright suite twice: on an embedded PGlite folder, then on a throwaway PostgreSQL. This process serves
// the test's identity servers: a real OpenID Provider for the SSO journeys (E2E_OIDC_ISSUER), a SAML IdP that answers
// only the SPs its admin registered (E2E_SAML_IDP; the tests add people and SPs through its /test-admin/ routes), a
// local DNS server that answers the app's domain checks (DNS_SERVERS), whose records the tests publish through its
// control URL (E2E_DNS_CONTROL), and a local GitHub (web sign-in and API) that GitHub sign-in is configured against,
// whose people the tests register at E2E_GITHUB_URL/_test/people.
const idp = await startOidcProvider();
const samlIdp = await TestSamlIdp.start({ onlyRegisteredServiceProviders: true });
const dns = await startLocalDns();
const dnsControl = await serveDnsControl(dns);
const github = await startLocalGitHub();
const githubEnv = {
  E2E_GITHUB_URL: github.url,
  GITHUB_URL: github.url,
  GITHUB_API_URL: github.url,
  AUTH_GITHUB_ID: github.oauthApp.clientId,
  AUTH_GITHUB_SECRET: github.oauthApp.clientSecret,
};

/** Each pass's failed tests with the first lines of their errors, read from Playwright's JSON report. */
const failures: string[] = [];

type ReportSuite = {
  title: string;
  file?: string;
  suites?: ReportSuite[];
  specs?: { title: string; line: number; tests: { status: string; results: { status: string; error?: { message?: string } }[] }[] }[];
};

function recordFailures(label: string, reportFile: string, code: number) {
  if (!existsSync(reportFile)) {
    if (code) failures.push(`[${label}] Playwright exited ${code} without a report`);
    return;
  }
  const report = JSON.parse(readFileSync(reportFile, "utf8")) as { suites: ReportSuite[]; errors?: { message?: string }[] };
  const visit = (suite: ReportSuite, file: string) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests)
        if (test.status === "unexpected" || test.status === "flaky") {
          const error = test.results.find((result) => result.error)?.error?.message ?? "";
          const excerpt = error.replace(/\u001b\[[0-9;]*m/g, "").split("\n").slice(0, 12).join("\n    ");
          failures.push(`[${label}] ${test.status === "flaky" ? "FLAKY" : "FAILED"} ${file}:${spec.line} › ${spec.title}\n    ${excerpt}`);
        }
    for (const child of suite.suites ?? []) visit(child, child.file ?? file);
  };
  for (const suite of report.suites) visit(suite, suite.file ?? suite.title);
  for (const error of report.errors ?? []) failures.push(`[${label}] ${error.message?.split("\n").slice(0, 12).join("\n    ")}`);
  if (code && !failures.some((line) => line.startsWith(`[${label}]`))) failures.push(`[${label}] Playwright exited ${code}`);
}

// Not spawnSync: this process's event loop must keep serving the IdP, DNS and GitHub while Playwright runs.
function playwright(label: string, env: Record<string, string>, specs: string[] = []): Promise<number> {
  console.log(`\n=== e2e on ${label}${specs.length ? ` (${specs.join(", ")})` : ""} ===`);
  mkdirSync("test-results", { recursive: true });
  const reportFile = path.resolve("test-results", `e2e-${label}.json`);
  rmSync(reportFile, { force: true });
  const args = ["playwright", "test", ...specs, ...process.argv.slice(2)];
  const child = spawn("npx", args, {
    stdio: "inherit",
    env: {
      ...process.env,
      ...env,
      ...githubEnv,
      E2E_DB: label,
      E2E_OIDC_ISSUER: idp.issuer,
      E2E_SAML_IDP: samlIdp.url,
      DNS_SERVERS: dns.server,
      E2E_DNS_CONTROL: dnsControl.url,
      // The test IdPs listen on localhost: let the server fetch their metadata and discovery documents.
      SSO_ALLOW_PRIVATE_NETWORKS: "true",
      WEBHOOKS_ALLOW_PRIVATE: "true",
      E2E_REPORT: reportFile,
    },
  });
  return new Promise((resolve) =>
    child.on("close", (code) => {
      recordFailures(label, reportFile, code ?? 1);
      resolve(code ?? 1);
    }),
  );
}

const only = process.env.E2E_ONLY;
// The PGlite pass runs the journeys of `npm start`'s embedded default: signing in, workspaces, invitations, tokens, the
// account, the activity log and its export, webhooks (pg-boss on PGlite) and the shell. The whole suite runs on
// PostgreSQL, the database of every deployment with more than one process; the same server code serves both. Arguments
// to the runner (a spec's name) replace the list; E2E_PGLITE_ALL=1 runs everything on PGlite too.
const PGLITE_JOURNEYS = ["sign-in", "workspaces", "invitations", "tokens", "account", "activity", "webhooks", "workspace-shell"];
const pgliteSpecs = process.argv.length > 2 || process.env.E2E_PGLITE_ALL ? [] : PGLITE_JOURNEYS.map((name) => `e2e/${name}`);
let failed = 0;

if (!only || only === "pglite") {
  const dir = mkdtempSync(path.join(tmpdir(), "roster-pglite-"));
  try {
    failed += await playwright("pglite", { PGLITE_DIR: path.join(dir, "db"), DATABASE_URL: "" }, pgliteSpecs);
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
await samlIdp.stop();
await dnsControl.close();
await dns.close();
await github.close();
console.log(failures.length ? `\n=== e2e: ${failures.length} not passed ===\n${failures.join("\n")}` : "\n=== e2e: every pass passed ===");
process.exit(failed ? 1 : 0);
