import type { NextConfig } from "next";
import path from "node:path";

const nextConfig: NextConfig = {
  serverExternalPackages: ["@electric-sql/pglite"],
  turbopack: { root: path.resolve(".") },
  poweredByHeader: false,
};

export default nextConfig;
