import path from "node:path";
import { defineConfig } from "vitest/config";

// The production server's tests (`npm run test:server`): real server processes on the existing `.next` build, so they
// run after `npm run build`; each file starts its own throwaway PostgreSQL.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.build.test.ts"],
    setupFiles: ["lib/testing/every-test-asserts.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: "forks",
  },
});
