import { afterAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { expectAppError, unique } from "@/lib/testing/factories";
import { awayFromWindowEdge } from "@/lib/testing/invitations";
import { consumeRateLimit } from "./consume-rate-limit";

afterAll(() => closeDb());

const key = () => `test:${unique()}`;

async function countOf(k: string): Promise<number> {
  const db = await getDb();
  const rows = await db.select().from(rateLimits).where(eq(rateLimits.key, k));
  return rows.reduce((sum, r) => sum + r.count, 0);
}

describe("consumeRateLimit (fixed windows in PostgreSQL)", () => {
  it("allows `limit` hits in a window, then RATE_LIMITED with the message and the seconds left in the window", async () => {
    await awayFromWindowEdge(3600);
    const db = await getDb();
    const k = key();
    for (let i = 0; i < 3; i++) await consumeRateLimit(db, k, 3, 3600);
    const error = await expectAppError(consumeRateLimit(db, k, 3, 3600, "Slow down."), "RATE_LIMITED");
    expect(error.message).toBe("Slow down.");
    const left = 3600 - Math.floor((Date.now() % 3_600_000) / 1000);
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(left - 2);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(left + 2);
    // Hits keep counting while limited (outside a transaction nothing is rolled back).
    await expectAppError(consumeRateLimit(db, k, 3, 3600), "RATE_LIMITED");
    expect(await countOf(k)).toBe(5);
  });

  it("keys are independent; a cost counts several hits at once", async () => {
    await awayFromWindowEdge(3600);
    const db = await getDb();
    const [a, b] = [key(), key()];
    await consumeRateLimit(db, a, 10, 3600, undefined, 10);
    await expectAppError(consumeRateLimit(db, a, 10, 3600), "RATE_LIMITED");
    await consumeRateLimit(db, b, 10, 3600);
    await expectAppError(consumeRateLimit(db, b, 10, 3600, undefined, 10), "RATE_LIMITED");
  });

  it("inside a transaction that fails, the hit is rolled back with it", async () => {
    await awayFromWindowEdge(3600);
    const db = await getDb();
    const k = key();
    await expect(
      db.transaction(async (tx) => {
        await consumeRateLimit(tx, k, 1, 3600);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await countOf(k)).toBe(0);
    await consumeRateLimit(db, k, 1, 3600);
  });

  it("is exact under concurrency: 30 simultaneous hits with limit 10 let exactly 10 through", async () => {
    await awayFromWindowEdge(3600);
    const db = await getDb();
    const k = key();
    const results = await Promise.allSettled(Array.from({ length: 30 }, () => consumeRateLimit(db, k, 10, 3600)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    for (const r of results) {
      if (r.status === "rejected") {
        expect(r.reason).toBeInstanceOf(AppError);
        expect((r.reason as AppError).code).toBe("RATE_LIMITED");
      }
    }
    expect(await countOf(k)).toBe(30);
  });

  it("a new window starts from zero", async () => {
    await awayFromWindowEdge(1, 0.5);
    const db = await getDb();
    const k = key();
    await consumeRateLimit(db, k, 1, 1);
    await expectAppError(consumeRateLimit(db, k, 1, 1), "RATE_LIMITED");
    await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 50));
    await consumeRateLimit(db, k, 1, 1);
  });
});
