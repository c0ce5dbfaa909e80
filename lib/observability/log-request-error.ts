import "server-only";
import type { Instrumentation } from "next";
import { dbErrorCode, dbFault } from "@/db/faults";
import { requestLogger } from "./logger";
import { requestIdOf } from "./request-id";

type Args = Parameters<Instrumentation.onRequestError>;

/** Logs an error Next.js caught while rendering (see instrumentation.ts): an unavailable database at warn, anything else at error. */
export function logRequestError(error: Args[0], request: Args[1], context: Args[2]) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) if (typeof value === "string") headers.set(name, value);
  const log = requestLogger(requestIdOf(headers)).child({ method: request.method, path: request.path, route: context.routePath, routeType: context.routeType });
  const digest = (error as { digest?: string } | null)?.digest;
  if (dbFault(error)) log.warn({ digest, cause: dbErrorCode(error), err: error }, "request failed: the database is unavailable");
  else log.error({ digest, err: error }, "request failed");
}
