// Real database faults on a PostgreSQL of this file's own (it is crashed and restarted): every answer is a success or
// a 503 (never a 500, never a hang), the app is back within 2 s of PostgreSQL accepting connections, and the database
// holds every write a client was told succeeded, each whole (its activity event with it).
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import postgres from "postgres";
import { and, eq } from "drizzle-orm";
import * as healthRoute from "@/app/api/health/route";
import * as liveRoute from "@/app/api/health/live/route";
import * as inviteLinksRoute from "@/app/api/v1/invite-links/route";
import * as membersRoute from "@/app/api/v1/members/route";
import { closeDb, getDb, sql } from "@/db/client";
import { inviteLinks } from "@/db/schema";
import { toAppError } from "@/lib/errors";
import { callRoute, makeTeam, type Team } from "@/lib/testing/factories";
import { startThrowawayPostgres, type ThrowawayPostgres } from "@/lib/testing/throwaway-postgres";
import { createToken } from "@/lib/tokens/create-token";

const LOCK_TIMEOUT_MS = 1500;
const STATEMENT_TIMEOUT_MS = 2000;
const POOL_TIMEOUT_MS = 1000;
const POOL_SIZE = 4;
const CONNECT_TIMEOUT_S = 2;
/** No request may take longer: the statement deadline (connect timeout + statement timeout + 1 s) bounds every wait. */
const REQUEST_BOUND_MS = 6000;

let pg: ThrowawayPostgres;
let admin: postgres.Sql;
let team: Team;
let token: string;

beforeAll(async () => {
  pg = await startThrowawayPostgres({ durable: true });
  Object.assign(process.env, {
    DATABASE_URL: pg.url,
    DB_POOL_SIZE: String(POOL_SIZE),
    DB_CONNECT_TIMEOUT_S: String(CONNECT_TIMEOUT_S),
    DB_POOL_TIMEOUT_MS: String(POOL_TIMEOUT_MS),
    DB_LOCK_TIMEOUT_MS: String(LOCK_TIMEOUT_MS),
    DB_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
    API_RATE_LIMIT: "1000000",
  });
  admin = postgres(pg.url, { max: 2, onnotice: () => {} });
  team = await makeTeam();
  token = (await createToken(team.owner.caller, team.slug, { name: "load", expiresInDays: 30 })).token;
});

afterAll(async () => {
  await closeDb();
  await admin?.end({ timeout: 1 });
  pg?.stop();
});

/** Polls a condition (every 10 ms) until it holds; fails after `timeoutMs`. */
async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = performance.now() + timeoutMs;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

type Outcome = { kind: "read" | "write"; status: number; ms: number; at: number; id?: string };

/** `workers` clients each sending reads (GET /api/v1/members) and writes (POST /api/v1/invite-links) in turn, back to back. */
const loads: { stop: () => Promise<void> }[] = [];
afterEach(async () => {
  // A failed wait must not leave its load running into the next test.
  await Promise.all(loads.splice(0).map((l) => l.stop()));
});

function startLoad(workers = 6) {
  const outcomes: Outcome[] = [];
  let running = true;
  const loops = Array.from({ length: workers }, async (_, w) => {
    for (let i = 0; running; i++) {
      const kind = (i + w) % 2 ? "read" : "write";
      const started = performance.now();
      const res =
        kind === "read"
          ? await callRoute(membersRoute.GET, { url: "/api/v1/members", token })
          : await callRoute(inviteLinksRoute.POST, { url: "/api/v1/invite-links", method: "POST", token, body: { role: "member", expiresIn: "7d" } });
      const at = performance.now();
      outcomes.push({ kind, status: res.status, ms: at - started, at, id: res.status === 201 ? String(res.json.id) : undefined });
      // Answers come back at once while the database is down: let the event loop breathe between requests.
      await new Promise((resolve) => setImmediate(resolve));
    }
  });
  const load = {
    outcomes,
    successesAfter: (t: number) => outcomes.filter((o) => o.at > t && o.status < 300).length,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
  loads.push(load);
  return load;
}

function byStatus(outcomes: Outcome[]) {
  const table: Record<string, Record<number, number>> = { read: {}, write: {} };
  for (const o of outcomes) table[o.kind][o.status] = (table[o.kind][o.status] ?? 0) + 1;
  return table;
}

const storedLinks = async () =>
  (await admin<{ id: string }[]>`select id from invite_links where workspace_id = ${team.workspace.id}`).map((r) => r.id);

/** Every acknowledged write is in the database, each with its activity event; nothing is half-written. */
async function expectAcknowledgedWritesKept(outcomes: Outcome[], before: string[]) {
  const acknowledged = outcomes.flatMap((o) => (o.id ? [o.id] : []));
  const events = await admin<{ targetId: string }[]>`
    select target_id as "targetId" from activity_events where workspace_id = ${team.workspace.id} and action = 'invite_link.created'`;
  const all = await storedLinks();
  expect(events.map((e) => e.targetId).sort()).toEqual([...all].sort());
  const stored = all.filter((id) => !before.includes(id));
  expect(new Set(stored).size).toBe(stored.length);
  expect(stored).toEqual(expect.arrayContaining(acknowledged));
  // A write whose COMMIT reached PostgreSQL but whose answer was cut off is in the database, told 503: counted here.
  return { acknowledged: acknowledged.length, stored: stored.length, committedButAnswered503: stored.length - new Set(acknowledged).size };
}

function report(fault: string, figures: Record<string, unknown>) {
  console.log(`[fault] ${fault}: ${JSON.stringify(figures)}`);
}

describe("database faults", () => {
  it("PostgreSQL stopped under load (pg_ctl -m immediate) and started again: 503s, never a 500 or a hang; back within 2 s", async () => {
    const before = await storedLinks();
    const load = startLoad();
    await waitFor(() => load.successesAfter(0) >= 20, 20_000, "20 successes before the fault");

    await pg.crash();
    const downAt = performance.now();
    await waitFor(() => load.outcomes.filter((o) => o.at > downAt && o.status === 503).length >= 30, 10_000, "503s while down");
    // While it is down, readiness says so within its bound and liveness never asks the database.
    const healthStarted = performance.now();
    const health = await callRoute(healthRoute.GET, { url: "/api/health" });
    const healthMs = performance.now() - healthStarted;
    expect(health.status).toBe(503);
    expect(health.json).toMatchObject({ db: "down" });
    expect(healthMs).toBeLessThan(2000);
    expect((await callRoute(async () => liveRoute.GET(), { url: "/api/health/live" })).status).toBe(200);

    const starting = pg.start();
    const upAt = await acceptingAt(pg.url);
    await starting;
    await waitFor(() => load.successesAfter(upAt) >= 1, 10_000, "a success after the restart");
    const firstSuccess = load.outcomes.find((o) => o.at > upAt && o.status < 300)!;
    await waitFor(() => load.successesAfter(upAt) >= 30, 10_000, "30 successes after the restart");
    await load.stop();

    const recoverySeconds = (firstSuccess.at - upAt) / 1000;
    const kept = await expectAcknowledgedWritesKept(load.outcomes, before);
    report("pg_ctl -m immediate stop + start", {
      responses: byStatus(load.outcomes),
      recoverySeconds: Number(recoverySeconds.toFixed(3)),
      downSeconds: Number(((upAt - downAt) / 1000).toFixed(3)),
      slowestRequestMs: Math.round(Math.max(...load.outcomes.map((o) => o.ms))),
      healthWhileDownMs: Math.round(healthMs),
      ...kept,
    });
    expect(new Set(load.outcomes.map((o) => o.status))).toEqual(new Set([200, 201, 503]));
    expect(Math.max(...load.outcomes.map((o) => o.ms))).toBeLessThan(REQUEST_BOUND_MS);
    expect(recoverySeconds).toBeLessThan(2);
  });

  // This test found two driver faults, fixed in patches/postgres+3.4.9.patch and tested in
  // db/driver-reconnect.int.test.ts: a valid token refused (its only row shifted to index 1 by the rows a terminated
  // query had received) and a dead transaction's late statements run outside it on the reconnected connection.
  it("the app's backends terminated mid-request (pg_terminate_backend): 503s or retried reads, never a 500", async () => {
    const before = await storedLinks();
    const load = startLoad();
    await waitFor(() => load.successesAfter(0) >= 10, 20_000, "10 successes before the fault");
    let terminated = 0;
    let lastRoundAt = 0;
    for (let round = 0; round < 10; round++) {
      // Cut every connection of the app while one of them is running a statement.
      await waitFor(
        async () => (await admin`select 1 from pg_stat_activity where application_name = 'roster' and state <> 'idle'`).length > 0,
        10_000,
        "a statement of the app in flight",
      );
      const [{ n }] = await admin<{ n: number }[]>`
        select count(*) filter (where pg_terminate_backend(pid))::int as n from pg_stat_activity where application_name = 'roster'`;
      terminated += n;
      lastRoundAt = performance.now();
      const seen = load.outcomes.length;
      await waitFor(() => load.outcomes.length >= seen + 6, 10_000, "more answers after the termination");
    }
    await waitFor(() => load.successesAfter(lastRoundAt) >= 10, 10_000, "successes after the last termination");
    const firstSuccess = load.outcomes.find((o) => o.at > lastRoundAt && o.status < 300)!;
    await load.stop();

    const kept = await expectAcknowledgedWritesKept(load.outcomes, before);
    report("pg_terminate_backend, 10 rounds", {
      backendsTerminated: terminated,
      responses: byStatus(load.outcomes),
      recoverySeconds: Number(((firstSuccess.at - lastRoundAt) / 1000).toFixed(3)),
      slowestRequestMs: Math.round(Math.max(...load.outcomes.map((o) => o.ms))),
      ...kept,
    });
    expect(terminated).toBeGreaterThanOrEqual(10);
    for (const o of load.outcomes) expect([200, 201, 503]).toContain(o.status);
    expect(Math.max(...load.outcomes.map((o) => o.ms))).toBeLessThan(REQUEST_BOUND_MS);
    expect((firstSuccess.at - lastRoundAt) / 1000).toBeLessThan(2);
  });

  it("a lock held past the lock timeout: writes answer 503 within the bound (the pool's waiters too), reads go on", async () => {
    await settled();
    const before = await admin`select id from invite_links where workspace_id = ${team.workspace.id}`;
    const started = performance.now();
    const results = await admin.begin(async (tx) => {
      // What authorize() locks for every write of the workspace.
      await tx`select id from workspaces where id = ${team.workspace.id} for update`;
      return Promise.all([
        ...Array.from({ length: 8 }, async () => {
          const t = performance.now();
          const res = await callRoute(inviteLinksRoute.POST, { url: "/api/v1/invite-links", method: "POST", token, body: { role: "member", expiresIn: "7d" } });
          return { kind: "write" as const, status: res.status, ms: performance.now() - t, retryAfter: res.headers.get("retry-after"), code: res.json.code };
        }),
        ...Array.from({ length: 4 }, async () => {
          const t = performance.now();
          const res = await callRoute(membersRoute.GET, { url: "/api/v1/members", token });
          return { kind: "read" as const, status: res.status, ms: performance.now() - t, retryAfter: null, code: undefined };
        }),
      ]);
    });
    const writes = results.filter((r) => r.kind === "write");
    const reads = results.filter((r) => r.kind === "read");
    report("row lock held past DB_LOCK_TIMEOUT_MS", {
      lockTimeoutMs: LOCK_TIMEOUT_MS,
      poolTimeoutMs: POOL_TIMEOUT_MS,
      writes: writes.map((w) => `${w.status} in ${Math.round(w.ms)} ms`),
      reads: reads.map((r) => `${r.status} in ${Math.round(r.ms)} ms`),
      heldMs: Math.round(performance.now() - started),
    });
    for (const w of writes) {
      expect(w).toMatchObject({ status: 503, code: "UNAVAILABLE", retryAfter: "2" });
      // Alone, each write answers within the lock or the pool timeout (about 1.0 and 1.5 s); with the whole suite
      // running on 2 cores one was seen at 5.3 s, so the bound asserted is the request bound.
      expect(w.ms).toBeLessThan(REQUEST_BOUND_MS);
    }
    for (const r of reads) {
      expect(r.status).toBe(200);
      expect(r.ms).toBeLessThan(REQUEST_BOUND_MS);
    }
    expect(await admin`select id from invite_links where workspace_id = ${team.workspace.id}`).toHaveLength(before.length);

    // Once the lock is gone, writes succeed again.
    const res = await callRoute(inviteLinksRoute.POST, { url: "/api/v1/invite-links", method: "POST", token, body: { role: "member", expiresIn: "7d" } });
    expect(res.status).toBe(201);
  });

  it("a table lock held past the timeouts: reads answer 503 within the bound, then succeed", async () => {
    let timings: number[] = [];
    await admin.begin(async (tx) => {
      await tx`lock table memberships in access exclusive mode`;
      const results = await Promise.all(
        Array.from({ length: 3 }, async () => {
          const t = performance.now();
          const res = await callRoute(membersRoute.GET, { url: "/api/v1/members", token });
          return { status: res.status, ms: performance.now() - t };
        }),
      );
      timings = results.map((r) => r.ms);
      for (const r of results) expect(r.status).toBe(503);
    });
    report("table lock (access exclusive) on memberships", { reads: timings.map((ms) => `503 in ${Math.round(ms)} ms`) });
    // Alone each read answers at the lock timeout (1.5 s); under the whole suite one took 3.0 s: assert the request bound.
    for (const ms of timings) expect(ms).toBeLessThan(REQUEST_BOUND_MS);
    expect((await callRoute(membersRoute.GET, { url: "/api/v1/members", token })).status).toBe(200);
  });

  it("a statement running past DB_STATEMENT_TIMEOUT_MS is cancelled by PostgreSQL and maps to UNAVAILABLE", async () => {
    const db = await getDb();
    const started = performance.now();
    const error = await db.execute(sql`select pg_sleep(30)`).then(
      () => null,
      (e: unknown) => e,
    );
    const ms = performance.now() - started;
    report("statement timeout", { statementTimeoutMs: STATEMENT_TIMEOUT_MS, cancelledAfterMs: Math.round(ms) });
    expect(toAppError(error).code).toBe("UNAVAILABLE");
    expect(ms).toBeGreaterThanOrEqual(STATEMENT_TIMEOUT_MS - 50);
    expect(ms).toBeLessThan(STATEMENT_TIMEOUT_MS + 1000);
  });

  it("a transaction that hits a serialization failure or a deadlock runs again, a bounded number of times", async () => {
    const db = await getDb();
    let attempts = 0;
    const result = await db.transaction(async (tx) => {
      attempts++;
      await tx.select().from(inviteLinks).where(and(eq(inviteLinks.workspaceId, team.workspace.id), eq(inviteLinks.role, "viewer")));
      if (attempts < 3) throw Object.assign(new Error("could not serialize access"), { code: attempts === 1 ? "40001" : "40P01" });
      return "done";
    });
    expect({ result, attempts }).toEqual({ result: "done", attempts: 3 });

    let forever = 0;
    const error = await db
      .transaction(async () => {
        forever++;
        throw Object.assign(new Error("deadlock detected"), { code: "40P01" });
      })
      .catch((e: unknown) => e);
    expect(forever).toBe(3);
    expect(toAppError(error).code).toBe("UNAVAILABLE");
    // Nothing else is retried: a bug runs once.
    let once = 0;
    await db
      .transaction(async () => {
        once++;
        throw new Error("bug");
      })
      .catch(() => {});
    expect(once).toBe(1);
  });
});

/** Waits until the app answers reads promptly again (the earlier faults' reconnections are over). */
async function settled() {
  let fast = 0;
  await waitFor(
    async () => {
      const t = performance.now();
      const ok = (await callRoute(membersRoute.GET, { url: "/api/v1/members", token })).status === 200;
      fast = ok && performance.now() - t < 300 ? fast + 1 : 0;
      return fast >= 3;
    },
    15_000,
    "prompt answers",
  );
}

/** The moment PostgreSQL accepts connections again, probed on fresh connections every 10 ms. */
async function acceptingAt(url: string): Promise<number> {
  for (;;) {
    const probe = postgres(url, { max: 1, connect_timeout: 1, onnotice: () => {} });
    try {
      await probe`select 1`;
      return performance.now();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      await probe.end({ timeout: 0 });
    }
  }
}
