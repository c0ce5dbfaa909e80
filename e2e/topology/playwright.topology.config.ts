import { defineConfig, devices } from "@playwright/test";

// The topology test's journeys (e2e/topology/run-topology.ts starts the servers and passes their addresses): through
// HAProxy, one worker, in order (the later steps kill an instance and stop the standby).
export default defineConfig({
  testDir: ".",
  testMatch: "*.topology.ts",
  outputDir: "../../test-results/topology",
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 1,
  fullyParallel: false,
  reporter: [["list"]],
  use: {
    baseURL: process.env.TOPOLOGY_ORIGIN,
    trace: "off",
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
});
