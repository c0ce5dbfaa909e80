// The deployment files (docs/deploy/) against Roster's configuration: every variable compose.yaml and the systemd
// EnvironmentFile set is one Roster reads (a typo is caught), parses under the schema, the ones production needs are
// set, the instances share their secrets and build, and haproxy.cfg / pgbouncer.ini point where the variables say.
// Containers cannot run here, so this is what checks compose.yaml; `haproxy -c` checks haproxy.cfg for real.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { parse as parseYaml } from "yaml";
import { dbEnvShape } from "@/db/config";

const ROOT = path.resolve(import.meta.dirname, "..");
const DEPLOY = path.join(ROOT, "docs", "deploy");
const read = (file: string) => readFileSync(path.join(DEPLOY, file), "utf8");
const HAPROXY = "/usr/sbin/haproxy";

/** Read by Roster or Next.js outside lib/env.ts's schema, each with the file that reads it (checked below). */
const OUTSIDE_SCHEMA: Record<string, string> = {
  WEB_CONCURRENCY: "lib/server/serve.mjs",
  SHUTDOWN_TIMEOUT_MS: "lib/server/serve.mjs",
  NEXT_TELEMETRY_DISABLED: "lib/server/serve.mjs",
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "node_modules/next/dist/server/app-render/encryption-utils.js",
  ROSTER_INSTANCE_ID: "lib/server/serve.mjs",
};


/** What a production deployment of this topology must set, and why. */
const REQUIRED: Record<string, string> = {
  NODE_ENV: "production behaviour (serve.mjs defaults it, the files say it)",
  DATABASE_URL: "several instances need PostgreSQL: the embedded PGlite belongs to one process",
  AUTH_SECRET: "lib/sign-in/auth-secret.ts refuses production on PostgreSQL without it; every instance must share it",
  AUTH_URL: "magic links and cookies are built on the origin browsers use",
  RESEND_API_KEY: "without it mail goes to the local mailbox: nobody receives a sign-in link",
  MAIL_FROM: "the sender must be on a domain verified at Resend",
  TRUSTED_PROXIES: "behind HAProxy every client would otherwise share HAProxy's address for per-IP limits",
  DB_PREPARE: "PgBouncer in transaction mode (1.18) keeps no prepared statements",
};

/** Set per instance; everything else must be the same on every instance. */
const PER_INSTANCE = new Set(["ROSTER_INSTANCE_ID"]);

/** compose interpolation `${NAME}`, `${NAME:?message}`, `${NAME:-default}` -> a sample value (the default when given). */
const interpolate = (value: string) => value.replace(/\$\{(\w+)(?::?([-?])([^}]*))?\}/g, (_, name: string, op?: string, arg?: string) => (op === "-" ? (arg ?? "") : `sample-${name.toLowerCase()}`));

/**
 * Parses an environment with lib/env.ts's schema (getEnv() on a fresh module) and returns the names the schema read:
 * the schema is not exported, and the names it reads are exactly the ones it knows.
 */
async function parseWithSchema(env: Record<string, string>): Promise<Set<string>> {
  vi.resetModules();
  const { getEnv } = await import("@/lib/env");
  const names = new Set<string>(Object.keys(dbEnvShape));
  const saved = process.env;
  process.env = new Proxy({ ...env } as NodeJS.ProcessEnv, {
    get(target, key) {
      if (typeof key === "string") names.add(key);
      return Reflect.get(target, key);
    },
  });
  try {
    getEnv();
  } finally {
    process.env = saved;
  }
  return names;
}

/** systemd's EnvironmentFile format: KEY=VALUE lines, `#` or `;` comments; anything else is an error. */
function parseEnvironmentFile(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [i, raw] of text.split("\n").entries()) {
    const line = raw.trim();
    if (!line || line.startsWith("#") || line.startsWith(";")) continue;
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!match) throw new Error(`roster.env.example line ${i + 1} is not KEY=VALUE: ${raw}`);
    env[match[1]] = match[2].replace(/^"(.*)"$/, "$1").replace(/^'(.*)'$/, "$1");
  }
  return env;
}

type ComposeService = { image?: string; build?: unknown; environment?: Record<string, unknown> | string[] };
const compose = parseYaml(read("compose.yaml"), { merge: true }) as { services: Record<string, ComposeService> };
const environmentOf = (service: ComposeService): Record<string, string> =>
  Array.isArray(service.environment)
    ? Object.fromEntries(service.environment.map((entry) => [entry.split("=")[0], entry.slice(entry.indexOf("=") + 1)]))
    : Object.fromEntries(Object.entries(service.environment ?? {}).map(([k, v]) => [k, v === null ? "" : String(v)]));
const rosterServices = Object.entries(compose.services).filter(([, s]) => s.image?.startsWith("roster:"));
const environmentFile = parseEnvironmentFile(read("roster.env.example"));

const sources: [string, Record<string, string>][] = [
  ...rosterServices.map(([name, s]): [string, Record<string, string>] => [`compose.yaml ${name}`, environmentOf(s)]),
  ["roster.env.example", environmentFile],
];

describe("docs/deploy", () => {
  it("compose.yaml runs the topology: haproxy, two Roster instances of one image, pgbouncer, primary, standby", () => {
    expect(Object.keys(compose.services).sort()).toEqual(["haproxy", "pgbouncer", "primary", "roster-a", "roster-b", "standby"]);
    expect(rosterServices.map(([name]) => name)).toEqual(["roster-a", "roster-b"]);
    const images = new Set(rosterServices.map(([, s]) => s.image));
    expect(images.size).toBe(1);
    // Built once outside compose: a `build:` per instance would build twice, with two build ids and action keys.
    expect(rosterServices.filter(([, s]) => s.build !== undefined)).toEqual([]);
  });

  it.each(sources)("%s sets only variables Roster reads, with values its schema accepts", async (_, env) => {
    const known = await parseWithSchema(Object.fromEntries(Object.entries(env).map(([k, v]) => [k, interpolate(v)])));
    const unknown = Object.keys(env).filter((name) => !known.has(name) && !(name in OUTSIDE_SCHEMA));
    expect(unknown).toEqual([]);
  });

  it("the variables read outside the schema are read where the list says", () => {
    for (const [name, file] of Object.entries(OUTSIDE_SCHEMA)) expect(readFileSync(path.join(ROOT, file), "utf8"), `${name} in ${file}`).toContain(name);
  });

  it.each(sources)("%s sets what production needs in this topology", (_, env) => {
    const missing = Object.keys(REQUIRED).filter((name) => !interpolate(env[name] ?? "").trim());
    expect(missing, missing.map((name) => `${name}: ${REQUIRED[name]}`).join("\n")).toEqual([]);
    expect(env.NODE_ENV).toBe("production");
    const url = (name: string) => new URL(interpolate(env[name] ?? ""));
    expect({ host: url("DATABASE_URL").hostname, port: url("DATABASE_URL").port, prepare: env.DB_PREPARE }).toEqual({ host: "pgbouncer", port: "6432", prepare: "false" });
    expect(url("DATABASE_MIGRATION_URL").hostname).toBe("primary");
    expect(interpolate(env.DATABASE_REPLICA_URL ?? "").split(",").map((u) => new URL(u.trim()).hostname)).toEqual(["standby"]);
  });

  it("both instances share every secret and setting but their name; the EnvironmentFile sets the same variables", () => {
    const [[, a], [, b]] = rosterServices.map(([name, s]): [string, Record<string, string>] => [name, environmentOf(s)]);
    const shared = (env: Record<string, string>) => Object.fromEntries(Object.entries(env).filter(([k]) => !PER_INSTANCE.has(k)));
    expect(shared(a)).toEqual(shared(b));
    expect(a.AUTH_SECRET).toMatch(/^\$\{AUTH_SECRET:\?/);
    expect(Object.keys(shared(a)).sort()).toEqual(Object.keys(environmentFile).sort());
  });

  it("every variable compose.yaml interpolates is listed in compose.env.example", () => {
    const used = new Set([...read("compose.yaml").matchAll(/\$\{(\w+)/g)].map((m) => m[1]));
    const listed = new Set(Object.keys(parseEnvironmentFile(read("compose.env.example"))));
    expect([...used].filter((name) => !listed.has(name))).toEqual([]);
  });

  it("roster.service and the image run `npm run serve`'s command and reload by SIGHUP", () => {
    const serve = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts.serve;
    const args = serve.slice(serve.indexOf("node ") + "node ".length);
    const unit = read("roster.service");
    expect(unit).toContain(`ExecStart=/usr/bin/node ${args}\n`);
    expect(unit).toContain("ExecReload=/bin/kill -HUP $MAINPID");
    expect(unit).toContain("EnvironmentFile=/etc/roster/roster.env");
    expect(read("Dockerfile")).toContain(`CMD ["node", ${args.split(" ").map((a) => JSON.stringify(a)).join(", ")}]`);
  });

  it("haproxy.cfg balances over the compose instances, checking /api/health/live", () => {
    const cfg = read("haproxy.cfg");
    const servers = [...cfg.matchAll(/^\s*server\s+\S+\s+(\S+):(\d+)\s+check/gm)].map((m) => `${m[1]}:${m[2]}`);
    expect(servers).toEqual(rosterServices.map(([name, s]) => `${name}:${environmentOf(s).PORT}`));
    expect(cfg).toMatch(/^\s*balance roundrobin$/m);
    expect(cfg).toMatch(/^\s*http-check send meth GET uri \/api\/health\/live /m);
  });

  it("pgbouncer.ini pools in transaction mode in front of the primary, on the port DATABASE_URL names", () => {
    const ini = read("pgbouncer.ini");
    const setting = (name: string) => new RegExp(`^${name}\\s*=\\s*(.*)$`, "m").exec(ini)?.[1]?.trim();
    const database = new URL(interpolate(environmentFile.DATABASE_URL ?? ""));
    expect(setting("pool_mode")).toBe("transaction");
    expect(setting("listen_port")).toBe(database.port);
    expect(setting(database.pathname.slice(1))).toMatch(/^host=primary port=5432 dbname=roster$/);
    // Ignoring it would drop the timeout silently: with DB_PREPARE=false Roster sets it by SET LOCAL instead.
    expect(setting("ignore_startup_parameters")?.split(",")).not.toContain("statement_timeout");
  });

  const haproxy = existsSync(HAPROXY);
  it.skipIf(!haproxy)(haproxy ? "haproxy -c accepts haproxy.cfg" : `haproxy -c accepts haproxy.cfg (skipped: no ${HAPROXY}; apt-get install haproxy)`, () => {
    const result = spawnSync(HAPROXY, ["-c", "-f", path.join(DEPLOY, "haproxy.cfg")], { encoding: "utf8", timeout: 20_000 });
    expect(result.status, result.stderr).toBe(0);
    // The compose service names do not resolve here; init-addr none lets HAProxy start without them. Nothing else may warn.
    const warnings = result.stderr.split("\n").filter((line) => line.includes("[WARNING]"));
    expect(warnings.filter((line) => !/could not resolve address '(roster-a|roster-b)'/.test(line))).toEqual([]);
  });
});
