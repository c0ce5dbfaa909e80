import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { actionFailure, type ActionFailure } from "@/lib/errors";
import { requestLogger } from "@/lib/observability/logger";
import { reportError } from "@/lib/observability/report-error";
import { requestIdOf } from "@/lib/observability/request-id";
import { rememberWrite } from "@/lib/read-replica/remember-write";

export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

/**
 * Runs a domain call for a server action: typed errors become `{ ok: false, code, message, fieldErrors }` (an
 * unavailable database: "temporarily unavailable, please try again"), logged once with the request's id. Every action
 * is where a person's writes happen: with read replicas, its WAL position is remembered for read-your-writes (also
 * when it ends in a redirect).
 */
export async function runAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    const data = await fn();
    await rememberWrite();
    return { ok: true, data };
  } catch (error) {
    await rememberWrite();
    unstable_rethrow(error);
    const requestId = await currentRequestId();
    const failure = actionFailure(reportError(error, requestLogger(requestId), "Action"));
    return failure.code === "UNAVAILABLE" || failure.code === "INTERNAL" ? { ...failure, requestId } : failure;
  }
}

/** The id of the request this action runs in (outside one, e.g. a test calling the action, a new id). */
async function currentRequestId(): Promise<string> {
  try {
    return requestIdOf(await headers());
  } catch {
    return requestIdOf(new Headers());
  }
}
