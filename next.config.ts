import type { NextConfig } from "next";
import path from "node:path";
import limits from "./lib/server/limits.json";

const nextConfig: NextConfig = {
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
