export const dynamic = "force-dynamic";

/** Liveness, for orchestrators: the process serves requests. It never touches the database (a database outage must not restart every instance). */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
