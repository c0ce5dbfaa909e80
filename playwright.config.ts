import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT || 3200);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "./e2e",
  outputDir: "test-results",
  // A journey takes at most about 30 s on a quiet 2-core machine; with a CPU-bound process on each core (npm test must
  // pass so) it takes about twice that: the timeout leaves room for three times the quiet figure.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 2,
  fullyParallel: true,
  // e2e/run-e2e.ts asks for a JSON report too (E2E_REPORT) and prints every pass's failures once more at the very end,
  // where CI's tail of the output shows them.
  reporter: process.env.E2E_REPORT ? [["list"], ["json", { outputFile: process.env.E2E_REPORT }]] : [["list"]],
  use: {
    baseURL,
    // Recording a trace of every test costs about a fifth of the suite's CPU (DOM snapshots and screencast on each
    // action); failures still leave a screenshot and the page's aria snapshot. E2E_TRACE=1 records them again.
    trace: process.env.E2E_TRACE ? "retain-on-failure" : "off",
    screenshot: "only-on-failure",
    reducedMotion: "reduce",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
          args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking"],
        },
      },
    },
  ],
  webServer: {
    // `npm run serve`'s server: on the PostgreSQL pass, one process per CPU behind one port (several instances).
    command: "exec node lib/server/serve.mjs",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      AUTH_URL: baseURL,
      AUTH_SECRET: process.env.AUTH_SECRET || "e2e-secret-not-for-production",
      DATABASE_URL: process.env.DATABASE_URL || "",
      PGLITE_DIR: process.env.PGLITE_DIR || "",
      RESEND_API_KEY: "",
      // The harness's local DNS server (e2e/run-e2e.ts): domain checks never reach the internet.
      DNS_SERVERS: process.env.DNS_SERVERS || "",
      // The harness's test IdPs listen on localhost (e2e/run-e2e.ts sets it to "true").
      SSO_ALLOW_PRIVATE_NETWORKS: process.env.SSO_ALLOW_PRIVATE_NETWORKS || "",
      // The webhook journeys' receivers listen on 127.0.0.1 in the test process (e2e/run-e2e.ts sets it to "true").
      WEBHOOKS_ALLOW_PRIVATE: process.env.WEBHOOKS_ALLOW_PRIVATE || "",
      // GitHub sign-in against the harness's local GitHub (e2e/run-e2e.ts): its web flow and its API.
      AUTH_GITHUB_ID: process.env.AUTH_GITHUB_ID || "",
      AUTH_GITHUB_SECRET: process.env.AUTH_GITHUB_SECRET || "",
      GITHUB_URL: process.env.GITHUB_URL || "",
      GITHUB_API_URL: process.env.GITHUB_API_URL || "",
      MAX_OWNED_WORKSPACES: process.env.MAX_OWNED_WORKSPACES || "",
      // Every journey signs its people in from this one machine: far more than a real network's sign-in links per hour.
      SIGN_IN_LINKS_PER_IP: process.env.SIGN_IN_LINKS_PER_IP || "100000",
    },
  },
});
