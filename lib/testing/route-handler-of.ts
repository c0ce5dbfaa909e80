import path from "node:path";
import type { Operation } from "@/lib/api/operations";

export type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Tests only: the route handler module export that serves a documented API operation (app/api/v1/<path>/route.ts). */
export async function routeHandlerOf(op: Operation): Promise<RouteHandler> {
  const dir = op.path.replace(/^\/api\/v1\//, "").replace(/\{(\w+)\}/g, "[$1]");
  const mod = (await import(path.join(process.cwd(), "app", "api", "v1", dir, "route.ts"))) as Record<string, RouteHandler>;
  return mod[op.method.toUpperCase()];
}
