import "server-only";
import { getDb } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { requestLogger } from "@/lib/observability/logger";
import { reportError } from "@/lib/observability/report-error";
import { requestIdOf } from "@/lib/observability/request-id";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { rememberWrite } from "@/lib/read-replica/remember-write";
import { authenticateToken } from "@/lib/tokens/authenticate-token";
import { INPUT_LIMITS } from "@/lib/validation";
import { problemResponse } from "./problem";

const MAX_BODY_BYTES = 64 * 1024;
const TOKEN_IN_URL = /rst_[0-9A-Za-z]{8,}/;
const TOKEN_PARAM_NAMES = new Set(["access_token", "token", "api_key", "apikey", "key", "bearer", "authorization"]);

export type ApiContext<P> = {
  request: Request;
  url: URL;
  caller: Caller;
  params: P;
  /** Query parameters (the first value of each). */
  query: Record<string, string>;
  /** The JSON body as an object; invalid JSON, a non-object or an oversized body is a 422, never a 500. */
  body: () => Promise<Record<string, unknown>>;
  /**
   * The workspace an operation acts on: a workspace token's own workspace; a personal access token names one with
   * `?workspace=<slug>`. Another workspace than the token's is NOT_FOUND (authorize() checks it again).
   */
  workspaceSlug: () => string;
};

type RouteContext<P> = { params: Promise<P> };

/** Reads at most MAX_BODY_BYTES (a larger body is refused without reading it all), then parses a JSON object. */
async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw bodyError("The request body is too large (64 KiB at most).");
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    const reader = request.body?.getReader();
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel().catch(() => {});
        throw bodyError("The request body is too large (64 KiB at most).");
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw bodyError("The request body could not be read.");
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
  if (text.trim() === "") throw bodyError("Send a JSON object as the request body.");
  // PostgreSQL text cannot hold U+0000: refuse it here rather than fail in the database.
  if (/\\u0000/i.test(text)) throw bodyError("The request body must not contain NUL characters.");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw bodyError("The request body is not valid JSON.");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw bodyError("The request body must be a JSON object.");
  if (depthOf(value) > INPUT_LIMITS.depth) throw bodyError(`The request body is nested too deeply (${INPUT_LIMITS.depth} levels at most).`);
  return value as Record<string, unknown>;
}

/** How deeply parsed JSON nests (a scalar is 0); iterative, so no body can exhaust the stack. */
function depthOf(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== "object") continue;
    max = Math.max(max, depth + 1);
    if (max > INPUT_LIMITS.depth) return max;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return max;
}

function bodyError(message: string) {
  return new AppError("VALIDATION", message, { _: [message] });
}

function refuseTokenInUrl(url: URL) {
  for (const [name, value] of url.searchParams) {
    if (TOKEN_PARAM_NAMES.has(name.toLowerCase()) || TOKEN_IN_URL.test(value) || TOKEN_IN_URL.test(name)) {
      throw new AppError("UNAUTHENTICATED", "Send the API token in the Authorization header (`Authorization: Bearer <token>`), never in the URL.");
    }
  }
}

/**
 * The one wrapper of every /api/v1 route: refuses tokens in the URL, authenticates the bearer token (cookies never
 * count), applies the per-token rate limit kept in PostgreSQL, gives the handler safe JSON parsing, and maps every
 * AppError to RFC 9457 problem details carrying the request's id (an unavailable database is a 503 with Retry-After;
 * anything unexpected is logged with its cause and becomes a bare 500).
 * A handler returns data (sent as JSON with `status`, default 200), null (204 No Content), or a Response of its own
 * (a streamed download).
 */
export function apiHandler<P extends Record<string, string> = Record<string, string>>(
  handler: (ctx: ApiContext<P>) => Promise<unknown>,
  options: { status?: number } = {},
) {
  return async (request: Request, context?: RouteContext<P>): Promise<Response> => {
    let instance: string | undefined;
    const requestId = requestIdOf(request.headers);
    try {
      const url = new URL(request.url);
      instance = url.pathname;
      refuseTokenInUrl(url);
      const caller = await authenticateToken(request.headers.get("authorization"));
      const env = getEnv();
      await consumeRateLimit(
        await getDb(),
        `api:${caller.tokenId}`,
        env.API_RATE_LIMIT,
        60,
        `This token made more than ${env.API_RATE_LIMIT} requests in a minute. Retry after the time in Retry-After.`,
      );
      const query = Object.fromEntries([...url.searchParams.keys()].map((k) => [k, url.searchParams.get(k) ?? ""]));
      const params = ((await context?.params) ?? {}) as P;
      for (const [name, value] of [...Object.entries(query), ...Object.entries(params)]) {
        if (typeof value === "string" && value.includes("\u0000")) {
          throw new AppError("VALIDATION", `${name} must not contain NUL characters.`, { [name]: ["Must not contain NUL characters."] });
        }
      }
      const result = await handler({
        request,
        url,
        caller,
        params,
        query,
        body: () => readJsonObject(request),
        workspaceSlug: () => {
          const requested = query.workspace;
          if (caller.workspaceSlug) {
            if (requested !== undefined && requested !== caller.workspaceSlug) throw new AppError("NOT_FOUND", "Workspace not found.");
            return caller.workspaceSlug;
          }
          if (!requested) {
            throw new AppError("VALIDATION", "A personal access token names the workspace: add ?workspace=<slug>.", {
              workspace: ["Required with a personal access token."],
            });
          }
          return requested;
        },
      });
      // Read-your-writes on replicas for a client that keeps cookies (reads alone need nothing).
      if (request.method !== "GET" && request.method !== "HEAD") await rememberWrite();
      if (result instanceof Response) {
        result.headers.set("x-request-id", requestId);
        return result;
      }
      const headers = { "cache-control": "no-store", "x-request-id": requestId };
      if (result === null || result === undefined) return new Response(null, { status: 204, headers });
      return Response.json(result, { status: options.status ?? 200, headers });
    } catch (error) {
      const log = requestLogger(requestId).child({ method: request.method, path: instance });
      return problemResponse(reportError(error, log, "API request"), instance, requestId);
    }
  };
}
