import type { NextConfig } from "next";
import path from "node:path";

const nextConfig: NextConfig = {
  serverExternalPackages: ["@electric-sql/pglite"],
  turbopack: { root: path.resolve(".") },
  poweredByHeader: false,
  async headers() {
    // Invitation links carry a secret in the path: never leak it in a Referer header.
    return [{ source: "/invite/:token*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] }];
  },
};

export default nextConfig;
