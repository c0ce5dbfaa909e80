// `npm run bench`: statements per request, latency and throughput of the pages that list members and workspaces,
// against a production build on a throwaway PostgreSQL seeded with a 10,000-member workspace and a user in 201
// workspaces. Progress goes to stderr; stdout gets one JSON object. See README.md, "Performance".
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { closeDb, getDb } from "@/db/client";
import { startThrowawayPostgres, type ThrowawayPostgres } from "@/lib/testing/throwaway-postgres";
import { generateToken } from "@/lib/tokens/token-format";
import { buildForBench } from "./build";
import { kb, measureJavaScript } from "./javascript";
import { assertCounter, countStatements, get, loadTest, sequentialLatency, StatementLog, type Target } from "./measure";
import { SCALE, seedScale, tableSizes, type TableSizes } from "./scale";
import { BENCH, seed, type Seeded } from "./seed";
import { startNextServer, type NextServer } from "./server";

const DURATION_S = Number(process.env.BENCH_DURATION || 10);
const SAMPLES = Number(process.env.BENCH_SAMPLES || 100);
const WARMUP = Number(process.env.BENCH_WARMUP || 20);
/** Seconds of load sent before each 10-connection run and left out of its figures. */
const LOAD_WARMUP_S = Number(process.env.BENCH_LOAD_WARMUP ?? 25);
/** Server processes for the timings: `npm run serve`'s default (one per CPU on PostgreSQL) unless set. */
const SERVER_PROCESSES = process.env.WEB_CONCURRENCY || String(os.availableParallelism());
const CONNECTIONS = 10;

const TARGETS = {
  statementsPerPageMax: 4,
  statementsGrowWithMembersOrWorkspaces: false,
  sequentialP50MsBelow: 20,
  rpsAt10ConnectionsAtLeast: 200,
  /** Server CPU per request of the members page, as a multiple of the minimal signed-in page's. */
  membersCpuVsMinimalAtMost: 2,
} as const;

const membersPath = (slug: string, query = "") => `/w/${slug}/settings/members${query}`;

/** The pages measured in full (statements, sequential latency, 10 connections), all as the benchmark user. */
const PAGES = {
  // The yardstick: the root layout and the session read, nothing else (a fixture of the benchmark's build only).
  minimalPage: "/bench/minimal",
  membersFirstPage: membersPath(BENCH.bigSlug),
  membersSearch: membersPath(BENCH.bigSlug, "?q=user-42"),
  // A page after the first (an OFFSET): planned for its values on every run, never a slow generic plan (db/client.ts).
  membersSecondPage: membersPath(BENCH.bigSlug, "?page=2"),
  workspaceHome: `/w/${BENCH.bigSlug}`,
  apiMembers: "/api/v1/members",
  apiMembersSearch: "/api/v1/members?q=user-42",
} as const;

/** REST API routes are called with the benchmark user's workspace token for bench-big (`Authorization: Bearer`). */
const isApi = (pagePath: string) => pagePath.startsWith("/api/v1/");

/** Statement counts only, on small data, to compare with the pages above. */
const SMALL = {
  personalHome: { user: "owner", path: `/w/${BENCH.personalSlug}` },
  smallWorkspaceHome: { user: "owner", path: `/w/${BENCH.smallSlug}` },
  smallMembersPage: { user: "owner", path: membersPath(BENCH.smallSlug) },
  twoWorkspaceUserHome: { user: "solo", path: `/w/${BENCH.smallSlug}` },
  twoWorkspaceUserMembersPage: { user: "solo", path: membersPath(BENCH.smallSlug) },
} as const;

/** The pages whose JavaScript is measured (as the benchmark user, sign-in signed out). */
const JAVASCRIPT_PAGES = {
  signIn: { path: "/sign-in", signedIn: false },
  minimalPage: { path: "/bench/minimal", signedIn: true },
  workspaceHome: { path: `/w/${BENCH.bigSlug}`, signedIn: true },
  settingsGeneral: { path: `/w/${BENCH.bigSlug}/settings/general`, signedIn: true },
  members: { path: membersPath(BENCH.bigSlug), signedIn: true },
  invitations: { path: `/w/${BENCH.bigSlug}/settings/invitations`, signedIn: true },
  tokens: { path: `/w/${BENCH.bigSlug}/settings/tokens`, signedIn: true },
  activity: { path: `/w/${BENCH.bigSlug}/settings/activity`, signedIn: true },
  newWorkspace: { path: "/new", signedIn: true },
  account: { path: "/account", signedIn: true },
  accountInvitations: { path: "/account/invitations", signedIn: true },
  accountTokens: { path: "/account/tokens", signedIn: true },
  apiReference: { path: "/docs/api", signedIn: true },
} as const;

const log = (...args: unknown[]) => console.error("[bench]", ...args);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** What main() started, stopped in reverse by stopAll() (at the end, on failure, or on SIGINT/SIGTERM). */
type Running = { pg?: ThrowawayPostgres; server?: NextServer; admin?: postgres.Sql };

async function stopAll(running: Running) {
  await running.server?.stop().catch(() => {});
  running.server = undefined;
  await running.admin?.end({ timeout: 1 }).catch(() => {});
  running.admin = undefined;
  running.pg?.stop();
  running.pg = undefined;
}

/** Who the requests are sent as: the benchmark user (pages), the two-workspace user, the workspace API token. */
type Targets = { owner: Target; solo: Target; token: Target };

const targetsOn = (baseUrl: string, seeded: Seeded, apiToken: string): Targets => ({
  owner: { baseUrl, cookie: `authjs.session-token=${seeded.ownerToken}` },
  solo: { baseUrl, cookie: `authjs.session-token=${seeded.soloToken}` },
  token: { baseUrl, bearer: apiToken },
});
const targetOf = (targets: Targets, pagePath: string) => (isApi(pagePath) ? targets.token : targets.owner);
const smallTargetOf = (targets: Targets, user: "owner" | "solo") => (user === "owner" ? targets.owner : targets.solo);

/** Phase 1: a throwaway PostgreSQL with Roster's migrations applied. */
async function startDatabase(running: Running): Promise<ThrowawayPostgres> {
  const t = performance.now();
  const pg = (running.pg = await startThrowawayPostgres());
  process.env.DATABASE_URL = pg.url;
  await getDb(); // applies db/migrations
  await closeDb();
  log(`PostgreSQL started and migrated in ${seconds(t)}`);
  return pg;
}

/**
 * Phase 2: the seed (see seed.ts), plus a workspace token of the benchmark user for bench-big (stored hashed, as the
 * app stores it), and an admin connection with the server log that PostgreSQL writes each statement to.
 */
async function seedDatabase(running: Running, pg: ThrowawayPostgres) {
  const t = performance.now();
  const seeded = await seed(pg.url);
  log(`seeded ${seeded.users} users, ${seeded.workspaces} workspaces, ${seeded.memberships} memberships in ${seconds(t)}`);

  const admin = (running.admin = postgres(pg.url, { max: 1, onnotice: () => {} }));
  const [{ data_directory: dataDir }] = await admin<{ data_directory: string }[]>`show data_directory`;
  const statementLog = new StatementLog(path.join(path.dirname(dataDir), "log"));

  const apiToken = generateToken();
  await admin`insert into api_tokens (workspace_id, user_id, name, role, token_hash, display_prefix, created_by)
    select id, ${BENCH.ownerId}, 'bench', 'owner', ${apiToken.hash}, ${apiToken.displayPrefix}, ${BENCH.ownerId}
    from workspaces where slug = ${BENCH.bigSlug}`;
  return { seeded, admin, statementLog, apiToken: apiToken.token };
}

/**
 * Phase 3: `npm run serve`'s server with `processes` server processes (replacing one already running). The per-token
 * API rate limit stays on (its counter upsert is part of every API request) but high enough for the load.
 */
async function startServer(running: Running, pg: ThrowawayPostgres, processes: string, purpose: string, extraEnv: Record<string, string> = {}): Promise<NextServer> {
  const t = performance.now();
  await running.server?.stop();
  running.server = undefined;
  const server = (running.server = await startNextServer({ DATABASE_URL: pg.url, API_RATE_LIMIT: "100000000", WEB_CONCURRENCY: processes, ...extraEnv }));
  log(`server (${purpose}) ready on ${server.baseUrl} in ${seconds(t)}`);
  return server;
}

type Statements = Awaited<ReturnType<typeof countStatements>> & { sql: ReturnType<StatementLog["read"]> };

/**
 * Phase 4: statements per request of every page (PAGES and SMALL), with PostgreSQL logging each statement's duration
 * meanwhile. Statements are counted by the server process that answered, so the server runs one process.
 */
async function measureStatements(admin: postgres.Sql, statementLog: StatementLog, targets: Targets): Promise<Record<string, Statements>> {
  await assertCounter(targets.owner.baseUrl);
  await admin.unsafe("alter system set log_min_duration_statement = 0");
  await admin.unsafe("select pg_reload_conf()");
  const statementsOf = async (target: Target, pagePath: string): Promise<Statements> => {
    const counted = await countStatements(target, pagePath);
    statementLog.mark();
    await get(target, pagePath);
    await new Promise((r) => setTimeout(r, 50));
    const executed = statementLog.read();
    log(`${pagePath}: ${counted.statements} statements (runs ${counted.runs.join(",")}; status ${counted.statuses.join(",")})`);
    return { ...counted, sql: executed };
  };
  const statements: Record<string, Statements> = {};
  for (const [name, pagePath] of Object.entries(PAGES)) statements[name] = await statementsOf(targetOf(targets, pagePath), pagePath);
  for (const [name, { user, path: pagePath }] of Object.entries(SMALL)) {
    statements[name] = await statementsOf(smallTargetOf(targets, user), pagePath);
  }
  await admin.unsafe("alter system reset log_min_duration_statement");
  await admin.unsafe("select pg_reload_conf()");
  return statements;
}

/** Phase 4b: the JavaScript each page loads in a browser (see javascript.ts). */
async function measurePageJavaScript(baseUrl: string, seeded: Seeded) {
  const t = performance.now();
  const cookie = { name: "authjs.session-token", value: seeded.ownerToken };
  const pages = Object.fromEntries(
    Object.entries(JAVASCRIPT_PAGES).map(([name, { path: pagePath, signedIn }]) => [name, { path: pagePath, cookie: signedIn ? cookie : undefined }]),
  );
  const javascript = await measureJavaScript(baseUrl, pages);
  for (const { path: pagePath, scripts, rawBytes, gzipBytes } of Object.values(javascript)) {
    log(`${pagePath}: ${scripts} scripts, ${kb(rawBytes)} (${kb(gzipBytes)} gzip)`);
  }
  log(`JavaScript measured in ${seconds(t)}`);
  return javascript;
}

/** Phase 5: latency one request at a time (WARMUP unmeasured requests, then SAMPLES). */
async function measureSequential(target: Target, pagePath: string) {
  const sequential = await sequentialLatency(target, pagePath, WARMUP, SAMPLES);
  log(`${pagePath}: one at a time p50 ${sequential.p50Ms} ms, p95 ${sequential.p95Ms} ms (${sequential.non2xx} non-2xx)`);
  return sequential;
}

/** Phase 6: throughput at CONNECTIONS connections for DURATION_S seconds, after LOAD_WARMUP_S seconds of warm-up load. */
async function measureLoad(target: Target, pagePath: string, pageStarted: number, cpuMs: NextServer["cpuMs"]) {
  const load = await loadTest(target, pagePath, CONNECTIONS, DURATION_S, LOAD_WARMUP_S, cpuMs);
  log(
    `${pagePath}: ${CONNECTIONS} connections ${load.rps} req/s, p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms, ${load.cpuMsPerRequest} ms CPU/request (${load.non2xx} non-2xx) [${seconds(pageStarted)}]`,
  );
  return load;
}

/** Phases 5 and 6 for each page in turn (its sequential latency, then its load), on the server as `npm run serve` runs it. */
async function measurePages(targets: Targets, statements: Record<string, Statements>, cpuMs: NextServer["cpuMs"]) {
  const pages: Record<string, unknown> = {};
  const meets: Record<string, Record<string, boolean>> = {};
  const cpu: Record<string, number | null> = {};
  for (const [name, pagePath] of Object.entries(PAGES)) {
    const t = performance.now();
    const sequential = await measureSequential(targetOf(targets, pagePath), pagePath);
    const load = await measureLoad(targetOf(targets, pagePath), pagePath, t, cpuMs);
    const s = statements[name];
    const status = s.statuses.length === 1 ? s.statuses[0] : s.statuses;
    pages[name] = {
      path: pagePath,
      auth: isApi(pagePath) ? "workspace API token (Authorization: Bearer)" : "database session cookie",
      status,
      statements: s.statements,
      p50Ms: sequential.p50Ms,
      p95Ms: sequential.p95Ms,
      rps10: load.rps,
      p50Ms10: load.p50Ms,
      p97_5Ms10: load.p97_5Ms,
      p99Ms10: load.p99Ms,
      cpuMsPerRequest: load.cpuMsPerRequest,
      non2xx: sequential.non2xx + load.non2xx + s.statuses.filter((c) => c < 200 || c > 299).length,
      errors10: load.errors + load.timeouts,
      detail: { statementRuns: s.runs, sequential, load, sql: s.sql },
    };
    cpu[name] = load.cpuMsPerRequest;
    const all2xx = sequential.non2xx === 0 && load.non2xx === 0 && load.errors === 0 && s.statuses.every((c) => c >= 200 && c < 300);
    meets[name] = {
      all2xx,
      statements: all2xx && s.statements <= TARGETS.statementsPerPageMax,
      p50: all2xx && sequential.p50Ms < TARGETS.sequentialP50MsBelow,
      rps10: all2xx && load.rps >= TARGETS.rpsAt10ConnectionsAtLeast,
    };
  }
  return { pages, meets, cpu };
}

const RATIO_ROUNDS = Number(process.env.BENCH_RATIO_ROUNDS ?? 5);
const RATIO_SECONDS = Number(process.env.BENCH_RATIO_SECONDS ?? 5);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Phase 6b: the members page's server CPU against the minimal page's, measured in alternation (minimal, members,
 * minimal, members, ...: RATIO_ROUNDS rounds of RATIO_SECONDS each) so both see the same machine: anything else
 * running slows both alike, where the single runs above, a minute apart, can each meet a different load. The target
 * is judged on the median of the rounds' ratios.
 */
async function measureCpuRatio(targets: Targets, cpuMs: NextServer["cpuMs"], started: number) {
  const rounds: { minimalPage: number; membersFirstPage: number; ratio: number }[] = [];
  for (let i = 0; i < RATIO_ROUNDS; i++) {
    const minimal = await loadTest(targets.owner, PAGES.minimalPage, CONNECTIONS, RATIO_SECONDS, 1, cpuMs);
    const members = await loadTest(targets.owner, PAGES.membersFirstPage, CONNECTIONS, RATIO_SECONDS, 1, cpuMs);
    if (minimal.cpuMsPerRequest === null || members.cpuMsPerRequest === null) return null;
    rounds.push({ minimalPage: minimal.cpuMsPerRequest, membersFirstPage: members.cpuMsPerRequest, ratio: Math.round((members.cpuMsPerRequest / minimal.cpuMsPerRequest) * 100) / 100 });
  }
  const result = { rounds, medianRatio: median(rounds.map((r) => r.ratio)), secondsEach: RATIO_SECONDS };
  log(`members vs minimal CPU, alternating: ${rounds.map((r) => r.ratio).join(", ")}; median ${result.medianRatio} [${seconds(started)}]`);
  return result;
}

/** Phase 5 for the small pages (fewer samples), to see what grows with members and workspaces. */
async function measureSmallPages(targets: Targets, statements: Record<string, Statements>, started: number) {
  const small: Record<string, unknown> = {};
  for (const [name, { user, path: pagePath }] of Object.entries(SMALL)) {
    const s = statements[name];
    const sequential = await sequentialLatency(smallTargetOf(targets, user), pagePath, 10, 50);
    small[name] = {
      path: pagePath,
      user: user === "owner" ? "benchmark user (201 workspaces)" : "user with 2 workspaces",
      status: s.statuses.length === 1 ? s.statuses[0] : s.statuses,
      statements: s.statements,
      p50Ms: sequential.p50Ms,
      p95Ms: sequential.p95Ms,
      bodyBytes: sequential.bodyBytes,
      sql: s.sql,
    };
  }
  log(`small pages done [${seconds(started)}]`);
  return small;
}

/** Pages of one workspace (and the yardstick) whose cost the scale phase compares before and after growing the database. */
const SCALE_PAGES = {
  minimalPage: PAGES.minimalPage,
  membersFirstPage: PAGES.membersFirstPage,
  smallMembersPage: SMALL.smallMembersPage.path,
  workspaceHome: PAGES.workspaceHome,
  apiMembers: PAGES.apiMembers,
} as const;
const SCALE_ROUNDS = Number(process.env.BENCH_SCALE_ROUNDS ?? 3);
const SCALE_SECONDS = Number(process.env.BENCH_SCALE_SECONDS ?? 4);

/**
 * Statements per request and server CPU per request of SCALE_PAGES on a one-process server: SCALE_ROUNDS rounds over
 * the pages in turn (SCALE_SECONDS each at 10 connections), CPU judged on the median and on its ratio to the minimal
 * page's in the same round, which the machine's other load changes much less than the milliseconds themselves.
 */
async function pageCosts(targets: Targets, cpuMs: NextServer["cpuMs"]) {
  type Costs = { statements: number; statementRuns: number[]; statuses: number[]; cpuMsPerRequest: (number | null)[]; rps: number[]; non2xx: number };
  const pages: Record<string, Costs> = {};
  for (const name of Object.keys(SCALE_PAGES)) pages[name] = { statements: 0, statementRuns: [], statuses: [], cpuMsPerRequest: [], rps: [], non2xx: 0 };
  const ratios: Record<string, number[]> = {};
  for (let round = 0; round < SCALE_ROUNDS; round++) {
    const cpuThisRound: Record<string, number | null> = {};
    for (const [name, pagePath] of Object.entries(SCALE_PAGES)) {
      const load = await loadTest(targetOf(targets, pagePath), pagePath, CONNECTIONS, SCALE_SECONDS, 2, cpuMs);
      pages[name].cpuMsPerRequest.push(load.cpuMsPerRequest);
      pages[name].rps.push(load.rps);
      pages[name].non2xx += load.non2xx + load.errors + load.timeouts;
      cpuThisRound[name] = load.cpuMsPerRequest;
    }
    const minimal = cpuThisRound.minimalPage;
    for (const [name, ms] of Object.entries(cpuThisRound)) {
      if (ms !== null && minimal) (ratios[name] ??= []).push(Math.round((ms / minimal) * 100) / 100);
    }
  }
  // Counted after the load rounds, and the most frequent of the runs: the counter is the process's, so a statement of
  // its own (the start-up sweeps, the queue's maintenance) now and then lands in one run; `statementRuns` keeps them all.
  for (const [name, pagePath] of Object.entries(SCALE_PAGES)) {
    const counted = await countStatements(targetOf(targets, pagePath), pagePath, 7);
    Object.assign(pages[name], { statements: mostFrequent(counted.runs), statementRuns: counted.runs, statuses: counted.statuses });
  }
  return Object.fromEntries(
    Object.entries(pages).map(([name, p]) => {
      const cpu = p.cpuMsPerRequest.filter((v): v is number => v !== null);
      return [name, { path: SCALE_PAGES[name as keyof typeof SCALE_PAGES], ...p, cpuMsMedian: cpu.length ? median(cpu) : null, rpsMedian: median(p.rps), cpuVsMinimalMedian: ratios[name] ? median(ratios[name]) : null }];
    }),
  );
}

/** The value most runs gave (the smaller on a tie). */
function mostFrequent(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

const MIB = 2 ** 20;
const mib = (bytes: number) => Math.round((bytes / MIB) * 10) / 10;

/** Bytes per row a table grew by (heap, indexes and TOAST, pg_total_relation_size): the figure that is extrapolated. */
function growth(before: TableSizes, after: TableSizes) {
  return Object.fromEntries(
    ["users", "workspaces", "memberships"].map((table) => {
      const b = before.tables[table];
      const a = after.tables[table];
      return [table, { rowsBefore: b.rows, rowsAfter: a.rows, mibBefore: mib(b.bytes), mibAfter: mib(a.bytes), bytesPerRow: Math.round((a.bytes - b.bytes) / (a.rows - b.rows)) }];
    }),
  );
}

/**
 * Phase 8 (BENCH_SCALE=1 adds it to the run; BENCH_ONLY=scale runs only it): the pages' costs on the benchmark's seed, then the
 * database grown set-based to SCALE's 100,000 workspaces and 1,000,000 memberships (scale.ts), then the same pages'
 * costs again on a fresh server (no plan or cache from before). Statements must not grow; CPU per request is compared
 * by its ratio to the minimal page's.
 */
async function measureScale(running: Running, pg: ThrowawayPostgres, seeded: Seeded, apiToken: string, started: number) {
  let server = await startServer(running, pg, "1", "1 process, scale phase: before", { WEBHOOK_WORKERS: "0" });
  const before = await pageCosts(targetsOn(server.baseUrl, seeded, apiToken), server.cpuMs);
  const sizesBefore = await tableSizes(pg.url);
  await running.server?.stop();
  running.server = undefined;

  const t = performance.now();
  const totals = await seedScale(pg.url);
  const seedS = Math.round((performance.now() - t) / 100) / 10;
  log(`scale seed: ${totals.users} users, ${totals.workspaces} workspaces, ${totals.memberships} memberships in ${seedS} s (with VACUUM ANALYZE)`);
  const sizesAfter = await tableSizes(pg.url);

  server = await startServer(running, pg, "1", "1 process, scale phase: after", { WEBHOOK_WORKERS: "0" });
  const after = await pageCosts(targetsOn(server.baseUrl, seeded, apiToken), server.cpuMs);
  const comparison = Object.fromEntries(
    Object.keys(SCALE_PAGES).map((name) => {
      const b = before[name];
      const a = after[name];
      const ok = b.non2xx === 0 && a.non2xx === 0 && [...b.statuses, ...a.statuses].every((c) => c >= 200 && c < 300);
      return [
        name,
        {
          statements: `${b.statements} -> ${a.statements}`,
          statementsNotGrowing: ok && a.statements <= b.statements,
          cpuMs: `${b.cpuMsMedian} -> ${a.cpuMsMedian}`,
          cpuVsMinimal: `${b.cpuVsMinimalMedian} -> ${a.cpuVsMinimalMedian}`,
          all2xx: ok,
        },
      ];
    }),
  );
  for (const [name, c] of Object.entries(comparison)) log(`scale ${name}: statements ${c.statements}, CPU ms ${c.cpuMs}, vs minimal ${c.cpuVsMinimal}`);
  log(`scale phase done [${seconds(started)}]`);
  return {
    totals,
    seedS,
    rounds: SCALE_ROUNDS,
    secondsEach: SCALE_SECONDS,
    serverProcesses: 1,
    databaseMiB: { before: mib(sizesBefore.databaseBytes), after: mib(sizesAfter.databaseBytes) },
    growth: growth(sizesBefore, sizesAfter),
    tablesAfter: Object.fromEntries(Object.entries(sizesAfter.tables).map(([name, s]) => [name, { rows: s.rows, mib: mib(s.bytes) }])),
    before,
    after,
    comparison,
    statementsNotGrowing: Object.values(comparison).every((c) => c.statementsNotGrowing),
    target: SCALE,
  };
}

/** Phase 7: the JSON report: the figures, the comparisons big vs small, and whether the targets are met. */
function buildReport(
  seeded: Seeded,
  statements: Record<string, Statements>,
  measured: Awaited<ReturnType<typeof measurePages>>,
  small: Record<string, unknown>,
  javascript: Awaited<ReturnType<typeof measureJavaScript>>,
  cpuRatio: Awaited<ReturnType<typeof measureCpuRatio>>,
  scale: Awaited<ReturnType<typeof measureScale>> | null,
  started: number,
) {
  const { pages, meets, cpu } = measured;
  const n = (name: string) => statements[name].statements;
  const ok = (name: string) => statements[name].statuses.every((c) => c >= 200 && c < 300);
  const compare = (big: string, smaller: string) => ({
    big: `${big}: ${n(big)}`,
    small: `${smaller}: ${n(smaller)}`,
    notGrowing: ok(big) && ok(smaller) && n(big) <= n(smaller),
  });
  const comparisons = {
    // 10,000 members vs 3: same user (owner of both), same page.
    membersPageVsMemberCount: compare("membersFirstPage", "smallMembersPage"),
    homeVsMemberCount: compare("workspaceHome", "smallWorkspaceHome"),
    // 201 workspaces vs 2: same page of the same workspace, both users its owners.
    membersPageVsWorkspaceCount: compare("smallMembersPage", "twoWorkspaceUserMembersPage"),
    homeVsWorkspaceCount: compare("smallWorkspaceHome", "twoWorkspaceUserHome"),
  };

  // Server CPU per request against the minimal signed-in page's, on the same server in the same run.
  const minimalCpu = cpu.minimalPage;
  const cpuVsMinimalPage = Object.fromEntries(
    Object.entries(cpu).map(([name, ms]) => [name, ms !== null && minimalCpu ? Math.round((ms / minimalCpu) * 100) / 100 : null]),
  );
  // Judged on the alternating rounds' median where they ran; else on the single runs.
  const membersCpu = cpuRatio?.medianRatio ?? cpuVsMinimalPage.membersFirstPage;

  const pageMeets = Object.values(meets);
  const meetsTargets = {
    statementsPerPage: pageMeets.every((m) => m.statements),
    statementsNotGrowing: Object.values(comparisons).every((c) => c.notGrowing),
    sequentialP50: pageMeets.every((m) => m.p50),
    rpsAt10Connections: pageMeets.every((m) => m.rps10),
    all2xx: pageMeets.every((m) => m.all2xx),
    membersCpuVsMinimal: membersCpu !== null && membersCpu <= TARGETS.membersCpuVsMinimalAtMost,
    statementsNotGrowingWithDatabaseSize: scale?.statementsNotGrowing ?? null,
    byPage: meets,
    all: false,
  };
  meetsTargets.all =
    meetsTargets.statementsPerPage &&
    meetsTargets.statementsNotGrowing &&
    meetsTargets.sequentialP50 &&
    meetsTargets.rpsAt10Connections &&
    meetsTargets.all2xx &&
    meetsTargets.membersCpuVsMinimal &&
    (scale?.statementsNotGrowing ?? true);

  return {
    machine: machine(),
    seed: {
      members: BENCH.members,
      workspacesOfUser: BENCH.sharedWorkspaces,
      personalWorkspace: true,
      users: seeded.users,
      workspaces: seeded.workspaces,
      memberships: seeded.memberships,
    },
    settings: {
      sequentialWarmup: WARMUP,
      sequentialSamples: SAMPLES,
      connections: CONNECTIONS,
      durationS: DURATION_S,
      loadWarmupS: LOAD_WARMUP_S,
      serverProcesses: Number(SERVER_PROCESSES),
      dbPoolSizePerProcess: 10,
    },
    pages,
    cpuVsMinimalPage,
    membersCpuVsMinimalAlternating: cpuRatio,
    small,
    comparisons,
    javascript,
    scale,
    targets: TARGETS,
    meetsTargets,
    elapsedS: Math.round((performance.now() - started) / 100) / 10,
  };
}

function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverage1m: Math.round(os.loadavg()[0] * 100) / 100,
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
  };
}

async function main() {
  const started = performance.now();
  const running: Running = {};
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping`);
    void stopAll(running).finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  try {
    buildForBench(log);
    const pg = await startDatabase(running);
    const { seeded, admin, statementLog, apiToken } = await seedDatabase(running, pg);
    if (process.env.BENCH_ONLY === "scale") {
      const scale = await measureScale(running, pg, seeded, apiToken, started);
      process.stdout.write(`${JSON.stringify({ machine: machine(), scale, elapsedS: Math.round((performance.now() - started) / 100) / 10 }, null, 2)}\n`);
      log(`done in ${seconds(started)}; statements ${scale.statementsNotGrowing ? "do not grow" : "GROW"} with the database's size`);
      return process.env.BENCH_STRICT && !scale.statementsNotGrowing ? 1 : 0;
    }

    // No webhook delivery workers in the counting process: their polls (one a second each) are the queue's
    // statements, not the page's, and would land in a page's count. The timing server runs them, as deployed.
    let server = await startServer(running, pg, "1", "1 process, counting statements", { WEBHOOK_WORKERS: "0" });
    const javascript = await measurePageJavaScript(server.baseUrl, seeded);
    if (process.env.BENCH_ONLY === "javascript") {
      process.stdout.write(`${JSON.stringify({ javascript }, null, 2)}\n`);
      return 0;
    }
    const statements = await measureStatements(admin, statementLog, targetsOn(server.baseUrl, seeded, apiToken));

    server = await startServer(running, pg, SERVER_PROCESSES, `${SERVER_PROCESSES} processes`);
    const targets = targetsOn(server.baseUrl, seeded, apiToken);
    const measured = await measurePages(targets, statements, server.cpuMs);
    const cpuRatio = RATIO_ROUNDS > 0 ? await measureCpuRatio(targets, server.cpuMs, started) : null;
    const small = await measureSmallPages(targets, statements, started);
    // Last: it grows the database that every figure above was measured on.
    // Not by default: growing the database takes 80-175 s here, the whole phase about 5 minutes (docs/deploy.md, "Capacity").
    const scale = process.env.BENCH_SCALE === "1" ? await measureScale(running, pg, seeded, apiToken, started) : null;

    const report = buildReport(seeded, statements, measured, small, javascript, cpuRatio, scale, started);
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    log(`done in ${seconds(started)}; targets ${report.meetsTargets.all ? "met" : "NOT met"}`);
    return process.env.BENCH_STRICT && !report.meetsTargets.all ? 1 : 0;
  } catch (error) {
    if (running.server) console.error(`[bench] server log (last lines):\n${running.server.logTail()}`);
    throw error;
  } finally {
    await stopAll(running);
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error("[bench] failed:", error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
