import "server-only";
import { sql } from "drizzle-orm";
import { executeRows, type DbOrTx } from "@/db/client";
import { AppError } from "@/lib/errors";
import { serverMetrics } from "@/lib/observability/server-metrics";
import { rateLimitName } from "./rate-limit-name";

/**
 * A fixed-window counter in PostgreSQL (shared by every app instance): counts one hit for `key` and throws
 * RATE_LIMITED (with Retry-After seconds) once more than `limit` hits fall in the current window.
 */
export async function consumeRateLimit(
  db: DbOrTx,
  key: string,
  limit: number,
  windowSeconds: number,
  message = "Too many requests. Please try again later.",
  cost = 1,
): Promise<void> {
  const nowMs = Date.now();
  const windowStartMs = Math.floor(nowMs / (windowSeconds * 1000)) * windowSeconds * 1000;
  const windowStart = new Date(windowStartMs).toISOString();
  const [row] = await executeRows<{ count: number }>(
    db,
    sql`insert into rate_limits (key, window_start, count) values (${key}, ${windowStart}, ${cost})
        on conflict (key, window_start) do update set count = rate_limits.count + ${cost}
        returning count`,
  );
  // Now and then, sweep windows older than two days so the table stays small.
  if (Math.random() < 0.01) await db.execute(sql`delete from rate_limits where window_start < now() - interval '2 days'`);
  if (Number(row?.count ?? 0) > limit) {
    serverMetrics()?.countRateLimitRefusal(rateLimitName(key));
    const retryAfter = Math.max(1, Math.ceil((windowStartMs + windowSeconds * 1000 - nowMs) / 1000));
    throw new AppError("RATE_LIMITED", message, undefined, retryAfter);
  }
}
