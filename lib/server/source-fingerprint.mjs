// The fingerprint of what `next build` reads: a SHA-256 over every source file's path and content (the app's folders,
// the configuration files, the lockfile; not tests) and the NEXT_PUBLIC_* variables (inlined into client bundles).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const FOLDERS = ["app", "components", "lib", "db", "public"];
const FILES = ["package.json", "package-lock.json", "next.config.ts", "tsconfig.json", "postcss.config.mjs", "instrumentation.ts", "proxy.ts", "next-auth.d.ts"];

function* filesUnder(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (!/\.test\.tsx?$/.test(entry.name)) yield full;
  }
}

/** @param {string} root @param {NodeJS.ProcessEnv} [env] @returns {string} */
export function sourceFingerprint(root, env = process.env) {
  const hash = createHash("sha256");
  const files = [...FOLDERS.flatMap((folder) => [...filesUnder(path.join(root, folder))]), ...FILES.map((f) => path.join(root, f)).filter(existsSync)];
  for (const file of files) hash.update(path.relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  for (const [name, value] of Object.entries(env).filter(([n]) => n.startsWith("NEXT_PUBLIC_")).sort()) hash.update(`${name}=${value}\0`);
  return hash.digest("hex");
}
