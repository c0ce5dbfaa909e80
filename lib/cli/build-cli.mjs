// Bundles the CLI into one file that runs on plain Node 20 without node_modules, with a package.json of its own (no
// dependencies: `npm install -g ./lib/cli/bin` or `npm pack ./lib/cli/bin`), and the SDK into lib/sdk/dist/index.mjs
// (the package's `roster/sdk` export). Part of `npm run build`.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..", "..");
const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));

await build({
  entryPoints: [path.join(root, "lib/cli/roster.ts")],
  outfile: path.join(root, "lib/cli/bin/roster.mjs"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  alias: { "@": root },
  define: { ROSTER_VERSION: JSON.stringify(version) },
  // commander is CommonJS: its require("node:events") needs a real require in an ES module.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __rosterCreateRequire } from 'node:module'; const require = __rosterCreateRequire(import.meta.url);" },
  legalComments: "none",
  logLevel: "warning",
});
writeFileSync(
  path.join(root, "lib/cli/bin/package.json"),
  `${JSON.stringify({ name: "roster-cli", version, description: "The Roster command-line client", type: "module", bin: { roster: "roster.mjs" }, engines: { node: ">=20" }, license: "MIT" }, null, 2)}\n`,
);

await build({
  entryPoints: [path.join(root, "lib/sdk/index.ts")],
  outfile: path.join(root, "lib/sdk/dist/index.mjs"),
  bundle: true,
  platform: "neutral",
  format: "esm",
  target: "es2022",
  alias: { "@": root },
  legalComments: "none",
  logLevel: "warning",
});
console.log("built lib/cli/bin/roster.mjs and lib/sdk/dist/index.mjs");
