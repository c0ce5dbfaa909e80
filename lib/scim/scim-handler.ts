import "server-only";
import SCIMMY from "scimmy";
import { getDb } from "@/db/client";
import { appOrigin } from "@/lib/app-origin";
import { getEnv } from "@/lib/env";
import { AppError, ERRORS, UNAVAILABLE_RETRY_AFTER_SECONDS, type ErrorCode } from "@/lib/errors";
import { notifyMember, type MemberNotice } from "@/lib/members/notify-member";
import { requestLogger } from "@/lib/observability/logger";
import { reportError } from "@/lib/observability/report-error";
import { requestIdOf } from "@/lib/observability/request-id";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { authenticateScimToken, authorizeScim } from "./authorize-scim";
import { coerceScimBody } from "./coerce-scim-body";
import { ScimFault, scimError, type ScimContext } from "./scim-context";
import { BASE_PLACEHOLDER, declareScimResources, SCIM_MAX_RESULTS } from "./scim-resources";

const ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";
const MAX_BODY_BYTES = 1024 * 1024;
const MAX_DEPTH = 12;

type RouteContext = { params: Promise<{ slug: string; path?: string[] }> };
type Result = { status: number; body?: unknown; location?: string };
type Failure = { status: number; scimType?: string; detail: string; retryAfter?: number };

/** How each AppError answers in SCIM terms (RFC 7644 §3.12: status, and a scimType where one fits). */
const SCIM_STATUS: Partial<Record<ErrorCode, { status: number; scimType?: string }>> = {
  VALIDATION: { status: 400, scimType: "invalidValue" },
  CONFLICT: { status: 409, scimType: "uniqueness" },
  LAST_OWNER: { status: 409 },
  QUOTA_EXCEEDED: { status: 403 },
};

function failureOf(error: unknown, requestId: string, method: string, path: string): Failure {
  const cause = error instanceof ScimFault ? error.original : error;
  if (cause instanceof SCIMMY.Types.Error && !(cause instanceof ScimFault)) {
    const status = Number(cause.status) || 500;
    if (status >= 500) requestLogger(requestId).error({ err: cause, method, path }, "SCIM request failed");
    return status >= 500 ? { status: 500, detail: "Something went wrong." } : { status, scimType: cause.scimType || undefined, detail: cause.message };
  }
  const appError = reportError(cause, requestLogger(requestId).child({ method, path }), "SCIM request");
  const mapped = SCIM_STATUS[appError.code] ?? { status: ERRORS[appError.code].status };
  const retryAfter =
    appError.code === "RATE_LIMITED" || appError.code === "UNAVAILABLE"
      ? Math.max(1, Math.ceil(appError.retryAfterSeconds ?? (appError.code === "RATE_LIMITED" ? 60 : UNAVAILABLE_RETRY_AFTER_SECONDS)))
      : undefined;
  return { ...mapped, detail: appError.message, retryAfter };
}

/** An RFC 7644 Error document: `schemas`, `status` as a string, `scimType` where one applies, `detail`. */
function errorResponse(failure: Failure, requestId: string): Response {
  const headers = new Headers({ "content-type": "application/scim+json", "cache-control": "no-store", "x-request-id": requestId });
  if (failure.status === 401) headers.set("www-authenticate", 'Bearer realm="roster-scim"');
  if (failure.retryAfter) headers.set("retry-after", String(failure.retryAfter));
  const body = { schemas: [ERROR_SCHEMA], status: String(failure.status), ...(failure.scimType ? { scimType: failure.scimType } : {}), detail: failure.detail };
  return new Response(JSON.stringify(body), { status: failure.status, headers });
}

/** Reads at most MAX_BODY_BYTES and parses one JSON object (not too deep); anything else is a SCIM invalidSyntax. */
async function readBody(request: Request): Promise<Record<string, unknown>> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw scimError(413, "tooMany", "The request body is too large (1 MiB at most).");
  let text: string;
  try {
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.byteLength > MAX_BODY_BYTES) throw scimError(413, "tooMany", "The request body is too large (1 MiB at most).");
    text = new TextDecoder("utf-8").decode(bytes);
  } catch (error) {
    if (error instanceof SCIMMY.Types.Error) throw error;
    throw scimError(400, "invalidSyntax", "The request body could not be read.");
  }
  if (!text.trim()) throw scimError(400, "invalidSyntax", "Send a SCIM JSON document as the request body.");
  if (/\\u0000|\u0000/i.test(text)) throw scimError(400, "invalidValue", "The request body must not contain NUL characters.");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw scimError(400, "invalidSyntax", "The request body is not valid JSON.");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw scimError(400, "invalidSyntax", "The request body must be a JSON object.");
  if (depthOf(value) > MAX_DEPTH) throw scimError(400, "invalidSyntax", `The request body is nested too deeply (${MAX_DEPTH} levels at most).`);
  return value as Record<string, unknown>;
}

function depthOf(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== "object") continue;
    max = Math.max(max, depth + 1);
    if (max > MAX_DEPTH) return max;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return max;
}

const COMPARATORS_WITHOUT_VALUE = new Set(["pr", "np"]);

/** scimmy lets `userName eq` (no value) through: every comparison but pr/np needs its value. */
function assertFilterComplete(node: unknown): void {
  if (Array.isArray(node)) {
    const [first, ...rest] = node[0] === "not" ? node.slice(1) : node;
    if (typeof first === "string") {
      if (!COMPARATORS_WITHOUT_VALUE.has(first) && rest.length === 0) throw scimError(400, "invalidFilter", `The comparison "${first}" needs a value.`);
      return;
    }
    node.forEach(assertFilterComplete);
  } else if (node && typeof node === "object") {
    Object.values(node).forEach(assertFilterComplete);
  }
}

function positiveInt(query: URLSearchParams, name: string, min: number): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === "") return undefined;
  if (!/^\d{1,9}$/.test(raw.trim()) || Number(raw) < min) throw scimError(400, "invalidValue", `${name} must be a whole number of at least ${min}.`);
  return Number(raw);
}

/** The list parameters scimmy understands, checked (pagination per RFC 7644 §3.4.2.4; count at most SCIM_MAX_RESULTS). */
function listConfig(query: URLSearchParams) {
  const filter = query.get("filter") ?? undefined;
  if (filter !== undefined && (filter.length > 1000 || !filter.trim())) throw scimError(400, "invalidFilter", "The filter is empty or too long.");
  const startIndex = positiveInt(query, "startIndex", 1);
  const count = positiveInt(query, "count", 0);
  const attributes = query.get("attributes") ?? undefined;
  const excludedAttributes = query.get("excludedAttributes") ?? undefined;
  return {
    ...(filter ? { filter } : {}),
    ...(attributes ? { attributes } : {}),
    ...(excludedAttributes ? { excludedAttributes } : {}),
    startIndex: startIndex ?? 1,
    count: Math.min(count ?? 100, SCIM_MAX_RESULTS),
  };
}

const RESOURCES = { Users: SCIMMY.Resources.User, Groups: SCIMMY.Resources.Group } as const;

/** Unknown attributes of a User or Group body (an extension schema's URN-named object is not one). */
function assertKnownAttributes(kind: keyof typeof RESOURCES, body: Record<string, unknown>): void {
  const schema = kind === "Users" ? SCIMMY.Schemas.User : SCIMMY.Schemas.Group;
  const known = new Set(schema.definition.attributes.map((a: { name: string }) => a.name.toLowerCase()));
  const unknown = Object.keys(body).find((key) => !key.includes(":") && !known.has(key.toLowerCase()));
  if (unknown) throw scimError(400, "invalidSyntax", `Unknown attribute "${unknown.slice(0, 100)}" for a ${kind === "Users" ? "User" : "Group"}.`);
}

/** One SCIM request inside the request's transaction. */
async function dispatch(method: string, path: string[], query: URLSearchParams, body: Record<string, unknown> | undefined, ctx: ScimContext): Promise<Result> {
  const [collection, id, ...rest] = path;
  const notFound = () => scimError(404, "", "There is no such SCIM endpoint.");
  if (rest.length) throw notFound();
  if (collection === "ServiceProviderConfig" && !id) {
    if (method !== "GET") throw scimError(405 as number, "", "Only GET is supported here.");
    return { status: 200, body: await new SCIMMY.Resources.ServiceProviderConfig().read() };
  }
  if (collection === "ResourceTypes" || collection === "Schemas") {
    if (method !== "GET") throw scimError(405, "", "Only GET is supported here.");
    const Resource = collection === "ResourceTypes" ? SCIMMY.Resources.ResourceType : SCIMMY.Resources.Schema;
    return { status: 200, body: await new Resource(id).read() };
  }
  if (collection !== "Users" && collection !== "Groups") throw notFound();
  const Resource = RESOURCES[collection];
  if (method === "GET") {
    if (id) {
      const attributes = query.get("attributes") || undefined;
      const excludedAttributes = query.get("excludedAttributes") || undefined;
      return { status: 200, body: await new Resource(id, { ...(attributes ? { attributes } : {}), ...(excludedAttributes ? { excludedAttributes } : {}) }).read(ctx) };
    }
    const config = listConfig(query);
    const resource = new Resource(undefined, config);
    if (resource.filter) assertFilterComplete(JSON.parse(JSON.stringify(resource.filter)));
    return { status: 200, body: await resource.read(ctx) };
  }
  if (method === "POST" && !id) {
    assertKnownAttributes(collection, body!);
    const created = (await new Resource().write(body, ctx)) as { id?: string };
    return { status: 201, body: created, location: `${BASE_PLACEHOLDER}/${collection}/${created.id}` };
  }
  if (!id) throw scimError(405, "", `${method} needs a resource id: /${collection}/<id>.`);
  if (method === "PUT") {
    assertKnownAttributes(collection, body!);
    return { status: 200, body: await new Resource(id).write(body, ctx) };
  }
  if (method === "PATCH") {
    const patched = await new Resource(id).patch(body as never, ctx);
    // scimmy answers nothing when the patch changed nothing; Okta and Entra ID expect the resource either way.
    return { status: 200, body: patched ?? (await new Resource(id).read(ctx)) };
  }
  if (method === "DELETE") {
    await new Resource(id).dispose(ctx);
    return { status: 204 };
  }
  throw scimError(405, "", `${method} is not supported.`);
}

/**
 * The one handler of /scim/v2/<slug>/…: authenticates the workspace's SCIM token (401 for any other, also another
 * workspace's), applies the per-token rate limit (API_RATE_LIMIT a minute, as the REST API), runs the request in one
 * transaction after authorizeScim, emails the members a change concerns once it committed, and answers every failure
 * as a SCIM Error document (a database outage: 503 with Retry-After).
 */
export async function scimHandler(request: Request, context: RouteContext): Promise<Response> {
  const requestId = requestIdOf(request.headers);
  const url = new URL(request.url);
  const method = request.method.toUpperCase();
  try {
    declareScimResources();
    const { slug, path = [] } = await context.params;
    const db = await getDb();
    const token = await authenticateScimToken(db, request.headers.get("authorization"), slug);
    const env = getEnv();
    await consumeRateLimit(db, `scim:${token.id}`, env.API_RATE_LIMIT, 60, `This SCIM token made more than ${env.API_RATE_LIMIT} requests in a minute. Retry after the time in Retry-After.`);
    const body = method === "POST" || method === "PUT" || method === "PATCH" ? coerceScimBody(await readBody(request)) : undefined;
    const notices: MemberNotice[] = [];
    const result = await db.transaction(async (tx) => {
      const auth = await authorizeScim(tx, token, slug, { lock: method !== "GET" });
      return dispatch(method, path, url.searchParams, body, { tx, auth, notices });
    });
    for (const notice of notices) await notifyMember(notice);
    const base = `${appOrigin(request.headers)}/scim/v2/${slug}`;
    const headers = new Headers({ "cache-control": "no-store", "x-request-id": requestId });
    if (result.status === 204) return new Response(null, { status: 204, headers });
    headers.set("content-type", "application/scim+json");
    if (result.location) headers.set("location", result.location.replace(BASE_PLACEHOLDER, base));
    return new Response(JSON.stringify(result.body).replaceAll(BASE_PLACEHOLDER, base), { status: result.status, headers });
  } catch (error) {
    if (error instanceof AppError && error.code === "UNAUTHENTICATED") return errorResponse({ status: 401, detail: error.message }, requestId);
    return errorResponse(failureOf(error, requestId, method, url.pathname), requestId);
  }
}
