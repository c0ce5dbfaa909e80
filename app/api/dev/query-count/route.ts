import { NextResponse } from "next/server";
import { queryCount } from "@/db/client";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

// Benchmark only: the number of SQL statements this server instance has sent (ROSTER_COUNT_QUERIES set). It reads a
// counter in memory and issues no statement itself; without ROSTER_COUNT_QUERIES it does not exist (404).
export async function GET() {
  if (!getEnv().ROSTER_COUNT_QUERIES) return NextResponse.json({ error: "Not found" }, { status: 404 });
  return NextResponse.json({ count: queryCount() }, { headers: { "cache-control": "no-store" } });
}
