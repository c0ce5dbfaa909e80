// SCIM conformance against the production server (lib/server/serve.mjs on the existing `.next` build: run `npm run
// build` first; `npm run test:server` runs it): Okta's and Entra ID's provisioning sessions replayed over HTTP, the
// memberships checked in PostgreSQL after each step, malformed bodies answered with SCIM errors, and a database outage
// answered 503 with Retry-After.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/testing/free-port";
import {
  expectScimError,
  MALFORMED_PATCHES,
  MALFORMED_REQUESTS,
  replayEntraSession,
  replayOktaSession,
  scimTransport,
  USER_SCHEMA,
  type MembershipProbe,
} from "@/lib/testing/scim-client";
import { startThrowawayPostgres, type ThrowawayPostgres } from "@/lib/testing/throwaway-postgres";
import { generatePrefixedToken } from "@/lib/tokens/token-format";

let pg: ThrowawayPostgres;
let child: ChildProcess;
let exited: Promise<unknown>;
let port: number;
let output = "";
let sql: postgres.Sql;

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms:\n${output.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) throw new Error("No production build: run `npm run build` first");
  pg = await startThrowawayPostgres({ durable: true });
  port = await freePort();
  child = spawn(process.execPath, [path.join(process.cwd(), "lib", "server", "serve.mjs")], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      PORT: String(port),
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: "scim-test-secret",
      AUTH_URL: `http://localhost:${port}`,
      AUTH_TRUST_HOST: "true",
      DATABASE_URL: pg.url,
      PGLITE_DIR: "",
      RESEND_API_KEY: "",
      DB_POOL_SIZE: "5",
      DB_CONNECT_TIMEOUT_S: "2",
      WEB_CONCURRENCY: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  exited = new Promise((resolve) => child.once("exit", resolve));
  await waitFor(async () => (await fetch(`http://localhost:${port}/api/health`)).status === 200, "the server was not healthy");
  sql = postgres(pg.url, { max: 2, onnotice: () => {} });
}, 180_000);

afterAll(async () => {
  await sql?.end();
  if (child?.pid !== undefined && child.exitCode === null) {
    process.kill(-child.pid, "SIGKILL");
    await exited;
  }
  pg?.stop();
});

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** A shared workspace with an owner, an SSO connection mapping `group` to `role`, and a SCIM token (inserted directly). */
async function seedWorkspace(group: string, role: string) {
  const slug = `scim-${unique()}`;
  const [owner] = await sql`insert into users (id, email, name, email_verified) values (gen_random_uuid()::text, ${`owner-${unique()}@example.com`}, 'Olivia Owner', now()) returning id`;
  const [workspace] = await sql`insert into workspaces (slug, display_name, created_by) values (${slug}, 'Acme', ${owner.id}) returning id`;
  await sql`insert into memberships (workspace_id, user_id, role) values (${workspace.id}, ${owner.id}, 'owner')`;
  await sql`insert into sso_connections (workspace_id, protocol, display_name, group_roles) values (${workspace.id}, 'oidc', 'IdP', ${sql.json([{ group, role }])})`;
  const secret = generatePrefixedToken("rsc_");
  await sql`insert into scim_tokens (workspace_id, name, token_hash, display_prefix) values (${workspace.id}, 'IdP', ${secret.hash}, ${secret.displayPrefix})`;
  const scim = scimTransport(`http://localhost:${port}`, slug, secret.token, (request) => fetch(request));
  const probe: MembershipProbe = async (email) => {
    const [row] = await sql`select m.role, m.suspended_at from memberships m join users u on u.id = m.user_id where m.workspace_id = ${workspace.id} and u.email = ${email}`;
    return row ? { role: row.role as string, suspended: row.suspended_at !== null } : null;
  };
  const actions = async () => (await sql`select action, actor_type, actor_label from activity_events where workspace_id = ${workspace.id} order by id`).map((e) => `${e.action} by ${e.actor_label}`);
  return { slug, scim, probe, actions };
}

const people = (prefix: string) => {
  const domain = `${prefix}-${unique()}.io`;
  return { email: `ada@${domain}`, newEmail: `ada.l@${domain}`, given: "Ada", family: "Lovelace", group: `Engineering ${domain}` };
};

describe("SCIM against the running production server", () => {
  it("replays an Okta provisioning session", async () => {
    const w = await seedWorkspace(`Engineering okta`, "manager");
    const p = { ...people("okta"), group: "Engineering okta" };
    await replayOktaSession(w.scim, w.probe, p, "manager");
    const trail = await w.actions();
    for (const action of ["member.provisioned", "member.suspended", "member.reactivated", "member.role_changed", "scim.group_created", "member.removed"]) {
      expect(trail).toContain(`${action} by SCIM`);
    }
  });

  it("replays an Entra ID provisioning session", async () => {
    const w = await seedWorkspace("Engineering entra", "viewer");
    const p = { ...people("entra"), group: "Engineering entra" };
    await replayEntraSession(w.scim, w.probe, p, "viewer");
    expect(await w.actions()).toContain("member.removed by SCIM");
  });

  it("answers every malformed request with a 4xx SCIM error, never a 500", async () => {
    const w = await seedWorkspace("x", "viewer");
    const created = await w.scim("POST", "/Users", { body: { schemas: [USER_SCHEMA], userName: `m@${unique()}.io` } });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    const answers = [
      ...(await Promise.all(MALFORMED_REQUESTS.map(async (r) => ({ name: r.name, answer: await w.scim(r.method, r.path, { raw: r.raw, body: r.body }) })))),
      ...(await Promise.all(MALFORMED_PATCHES.map(async (body) => ({ name: JSON.stringify(body), answer: await w.scim("PATCH", `/Users/${id}`, { body }) })))),
    ];
    for (const { name, answer } of answers) {
      expect(answer.status, `${name}: ${JSON.stringify(answer.body)}`).toBeGreaterThanOrEqual(400);
      expect(answer.status, name).toBeLessThan(500);
      expect(answer.contentType, name).toContain("application/scim+json");
      expect(answer.body, name).toMatchObject({ schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: String(answer.status) });
    }
    expectScimError(await w.scim("GET", "/Users", { token: `rsc_${"x".repeat(36)}` }), 401);
    expect(output).not.toMatch(/"level":50/);
  });

  it("answers 503 with Retry-After while the database is down, and recovers", async () => {
    const w = await seedWorkspace("y", "viewer");
    expect((await w.scim("GET", "/Users")).status).toBe(200);
    await sql.end();
    await pg.crash();
    try {
      const down = await w.scim("GET", "/Users");
      expectScimError(down, 503);
      expect(down.retryAfter).toBe("2");
    } finally {
      await pg.start();
      sql = postgres(pg.url, { max: 2, onnotice: () => {} });
    }
    await waitFor(async () => (await w.scim("GET", "/Users")).status === 200, "SCIM did not recover", 15_000);
  }, 60_000);
});
