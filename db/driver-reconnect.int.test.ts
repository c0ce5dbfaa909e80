// The PostgreSQL driver (postgres.js, with Roster's patch in patches/) after a connection dies under a query: the same
// connection object is reconnected for the next queries, and nothing of the dead socket may leak into them. Found by
// the pg_terminate_backend fault test (lib/database-faults.int.test.ts), where a valid API token was once refused:
// the token lookup's only row came back at index 1 (`[, row]`), shifted by the rows the dead query had received.
// Each test uses a pool of one connection, so the next query certainly reuses the connection that died.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import postgres from "postgres";

const url = process.env.DATABASE_URL!;
let admin: postgres.Sql;
const pools: postgres.Sql[] = [];

beforeAll(() => {
  admin = postgres(url, { max: 1, onnotice: () => {} });
});

afterAll(async () => {
  await Promise.all([admin, ...pools].map((p) => p.end({ timeout: 1 })));
});

/** A pool of one connection, named so that only its backend is terminated. */
function onePool(name: string) {
  const pool = postgres(url, { max: 1, onnotice: () => {}, backoff: () => 0.01, connection: { application_name: name } });
  pools.push(pool);
  return pool;
}

async function terminate(name: string) {
  await admin`select pg_terminate_backend(pid) from pg_stat_activity where application_name = ${name}`;
}

/** Polls until the condition holds (every 10 ms), or fails after `timeoutMs`. */
async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = performance.now() + timeoutMs;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The query failed as one whose connection was lost (the server's admin_shutdown, or the socket's close). */
function expectLost(error: unknown) {
  expect(["57P01", "CONNECTION_CLOSED"]).toContain((error as { code?: string }).code);
}

describe("postgres.js after its connection dies under a query", () => {
  it("a plain query that had received rows when its socket died: the next query gets exactly its own rows", async () => {
    const sql = onePool("driver-plain-rows");
    const pending = sql`select g, repeat('x', 1000) as filler, pg_sleep(0.0005) from generate_series(1, 1000000) g`.catch((error: unknown) => error);
    // Long enough for PostgreSQL to have sent several 8 KB output buffers of rows.
    await waitFor(
      async () => (await admin`select 1 from pg_stat_activity where application_name = 'driver-plain-rows' and query_start < now() - interval '300 ms'`).length > 0,
      20_000,
      "the query to run for 300 ms",
    );
    await terminate("driver-plain-rows");
    expectLost(await pending);

    const after = await sql`select n from generate_series(1, 3) n`;
    expect(after.length).toBe(3);
    expect(after.map((r) => r.n)).toEqual([1, 2, 3]);
  });

  it("the query after the reconnect is not failed with the dead socket's last error", async () => {
    const sql = onePool("driver-stale-error");
    await sql`select 1`;
    const dying = sql`select pg_sleep(30)`.catch((error: unknown) => error);
    await waitFor(
      async () => (await admin`select 1 from pg_stat_activity where application_name = 'driver-stale-error' and state = 'active'`).length > 0,
      20_000,
      "the sleeping query",
    );
    await terminate("driver-stale-error");
    expectLost(await dying);
    expect(await sql`select 'next' as tag`).toEqual([{ tag: "next" }]);
  });

  it("statements a dead transaction's code sends afterwards are refused, not run outside it on the new connection", async () => {
    const sql = onePool("driver-transaction");
    await sql`create table if not exists driver_reconnect_rows (tag text)`;
    const tag = `late-${Date.now()}`;
    let lateStatements = 0;
    const lateOutcomes: string[] = [];
    const transaction = sql
      .begin(async (tx) => {
        await tx`select 1`;
        await tx`select pg_terminate_backend(pg_backend_pid())`.catch(() => {});
        // The transaction's code goes on after the failure (a caught error, a slow callback): its statements arrive
        // while the pool reconnects the same connection for other queries.
        for (let i = 0; i < 50; i++) {
          await new Promise((resolve) => setTimeout(resolve, 2));
          lateStatements++;
          await tx`insert into driver_reconnect_rows values (${tag})`.then(
            () => lateOutcomes.push("ran"),
            (error: { code?: string }) => lateOutcomes.push(String(error.code)),
          );
        }
      })
      .catch((error: { code?: string }) => error.code);
    const other = await sql`select 'other' as tag`;
    expect(await transaction).toBe("CONNECTION_CLOSED");
    await waitFor(() => lateStatements === 50 && lateOutcomes.length === 50, 20_000, "the transaction's late statements");

    expect(other).toEqual([{ tag: "other" }]);
    expect(lateOutcomes.filter((o) => o === "ran")).toEqual([]);
    expect(await admin`select count(*)::int as n from driver_reconnect_rows where tag = ${tag}`).toEqual([{ n: 0 }]);
    // The connection serves later queries correctly.
    expect(await sql`select 'after' as tag`).toEqual([{ tag: "after" }]);
  });
});
