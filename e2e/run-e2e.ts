import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
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

// Not spawnSync: this process's event loop must keep serving the IdP, DNS and GitHub while Playwright runs.
function playwright(label: string, env: Record<string, string>): Promise<number> {
  console.log(`\n=== e2e on ${label} ===`);
  const args = ["playwright", "test", ...process.argv.slice(2)];
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
    },
  });
  return new Promise((resolve) => child.on("close", (code) => resolve(code ?? 1)));
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
await samlIdp.stop();
await dnsControl.close();
await dns.close();
await github.close();
process.exit(failed ? 1 : 0);
