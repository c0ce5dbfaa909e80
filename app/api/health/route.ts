import { NextResponse } from "next/server";
import { getDb, sql } from "@/db/client";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return NextResponse.json({ status: "ok", db: "ok" });
  } catch (error) {
    console.error("[roster] health check failed", error);
    return NextResponse.json({ status: "error", db: "unavailable" }, { status: 503 });
  }
}
