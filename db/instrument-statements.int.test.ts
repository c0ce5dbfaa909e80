// db/instrument-statements.ts on a real PostgreSQL and drizzle, as db/client.ts uses them: the statements and
// transactions (savepoints included) still return what they did, and each statement is timed with its command.
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { instrumentStatements, type PoolUsage } from "./instrument-statements";

type Observed = { operation: string; seconds: number; failed: boolean };
const observed: Observed[] = [];
let poolSource: (() => PoolUsage) | undefined;
let client: postgres.Sql;

beforeAll(() => {
  // The production server's metrics (lib/server/metrics.mjs) in the shape the app sees through globalThis.
  (globalThis as { __rosterMetrics?: unknown }).__rosterMetrics = {
    observeStatement: (operation: string, seconds: number, failed: boolean) => observed.push({ operation, seconds, failed }),
    source: (_name: string, read: () => PoolUsage) => (poolSource = read),
  };
  client = postgres(process.env.DATABASE_URL!, { max: 2, onnotice: () => {} });
  instrumentStatements(client, () => ({ size: 2, active: 0, waiting: 0 }));
});

afterAll(async () => {
  delete (globalThis as { __rosterMetrics?: unknown }).__rosterMetrics;
  await client.end({ timeout: 1 });
});

describe("instrumentStatements", () => {
  it("times statements outside and inside transactions, results unchanged", async () => {
    const db = drizzle(client);
    expect(poolSource?.()).toEqual({ size: 2, active: 0, waiting: 0 });
    const [row] = await db.execute<{ n: number }>(sql`select ${41}::int + 1 as n`);
    expect(row?.n).toBe(42);
    const inside = await db.transaction(async (tx) => {
      const [a] = await tx.execute<{ v: string }>(sql`select 'outer' as v`);
      const nested = await tx.transaction(async (sp) => (await sp.execute<{ v: string }>(sql`select 'nested' as v`))[0]?.v);
      return [a?.v, nested];
    });
    expect(inside).toEqual(["outer", "nested"]);
    await expect(db.execute(sql`select * from no_such_table_here`)).rejects.toThrow(/no_such_table_here/);

    const selects = observed.filter((o) => o.operation === "select");
    expect(selects.filter((o) => !o.failed)).toHaveLength(3);
    expect(selects.filter((o) => o.failed)).toHaveLength(1);
    expect(observed.some((o) => o.operation === "begin")).toBe(true);
    for (const o of observed) expect(o.seconds).toBeGreaterThanOrEqual(0);
  });
});
