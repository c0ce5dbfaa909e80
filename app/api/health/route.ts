import { NextResponse } from "next/server";
import { getDb, sql } from "@/db/client";
import { requestLogger } from "@/lib/observability/logger";
import { requestIdOf } from "@/lib/observability/request-id";

export const dynamic = "force-dynamic";

/** Readiness answers within this bound whatever the database does (a load balancer's check must not hang). */
const DEADLINE_MS = 1500;

/** Readiness: 200 when the database answers `select 1` in time, else 503 with `db: "down"`. */
export async function GET(request: Request) {
  const requestId = requestIdOf(request.headers);
  let timer: NodeJS.Timeout | undefined;
  try {
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the database did not answer within ${DEADLINE_MS} ms`)), DEADLINE_MS);
    });
    await Promise.race([getDb().then((db) => db.execute(sql`select 1`)), deadline]);
    return NextResponse.json({ status: "ok", db: "ok" }, { headers: { "cache-control": "no-store", "x-request-id": requestId } });
  } catch (error) {
    requestLogger(requestId).warn({ err: error }, "health check: database down");
    return NextResponse.json(
      { status: "error", db: "down" },
      { status: 503, headers: { "cache-control": "no-store", "retry-after": "2", "x-request-id": requestId } },
    );
  } finally {
    clearTimeout(timer);
  }
}
