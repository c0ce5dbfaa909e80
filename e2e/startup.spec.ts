import { spawn } from "node:child_process";
import { expect, test } from "./fixtures";

// Never run with a guessable secret: production on PostgreSQL without AUTH_SECRET must refuse to start.
test("start-up fails clearly in production on PostgreSQL without AUTH_SECRET", async () => {
  test.skip(!process.env.DATABASE_URL, "needs the PostgreSQL pass");
  const port = Number(process.env.E2E_PORT || 3200) + 50;
  const child = spawn("node", ["lib/server/serve.mjs"], {
    env: { ...process.env, PORT: String(port), NODE_ENV: "production", AUTH_SECRET: "", DATABASE_URL: process.env.DATABASE_URL, NEXT_TELEMETRY_DISABLED: "1" },
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve(null);
    }, 30_000);
    child.on("exit", (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  expect(code).toBe(1);
  expect(output).toContain("AUTH_SECRET is not set");
});
