import type { NextConfig } from "next";
import path from "node:path";
import limits from "./lib/server/limits.json";

/**
 * `npm run bench` builds its own copy (e2e/bench/build.ts) with ROSTER_BENCH_FIXTURES=1: into `.next-bench`, with its
 * fixture pages (`*.bench.tsx`, e.g. the minimal signed-in page it compares every page with), which the product's
 * build in `.next` never contains.
 */
const benchFixtures = process.env.ROSTER_BENCH_FIXTURES === "1";

const nextConfig: NextConfig = {
  ...(benchFixtures
    ? {
        distDir: ".next-bench",
        pageExtensions: ["tsx", "ts", "jsx", "js", "bench.tsx"],
        // Types are `npm run typecheck`'s job; a config that extends tsconfig.json keeps Next.js from rewriting it.
        typescript: { ignoreBuildErrors: true, tsconfigPath: "e2e/bench/tsconfig.json" },
      }
    : {}),
  serverExternalPackages: ["@electric-sql/pglite"],
  turbopack: { root: path.resolve(".") },
  poweredByHeader: false,
  // Stated, not left to the default: lib/server/serve.mjs answers 413 above the same limit before Next reads the body.
  // authInterrupts: forbidden() and forbidden.tsx, for a page the member's role may not open.
  experimental: { serverActions: { bodySizeLimit: limits.serverActionBodyBytes }, authInterrupts: true },
  async headers() {
    // Invitation links carry a secret in the path: never leak it in a Referer header.
    return [{ source: "/invite/:token*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] }];
  },
};

export default nextConfig;
