// `npm start`'s first step: runs `next build` only when the sources changed since the last build, so a restart takes
// seconds instead of a full build. The sources' fingerprint (source-fingerprint.mjs) is stored next to the build in
// .next/roster-sources.sha256. FORCE_BUILD=1 builds anyway (`npm run build` does, and records the fingerprint).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sourceFingerprint } from "./source-fingerprint.mjs";

const root = process.cwd();
const STAMP = path.join(root, ".next", "roster-sources.sha256");

const current = sourceFingerprint(root);
const built = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(STAMP) ? readFileSync(STAMP, "utf8").trim() : null;
if (built === current && process.env.FORCE_BUILD !== "1") {
  console.log("[roster] the build is up to date with the sources; starting it (FORCE_BUILD=1 rebuilds)");
} else {
  if (process.env.FORCE_BUILD !== "1") {
    console.log(built ? "[roster] the sources changed since the last build; building" : "[roster] no build yet; building (once)");
  }
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(STAMP, `${current}\n`);
}
