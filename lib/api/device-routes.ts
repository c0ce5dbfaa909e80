import "server-only";
import { collectDeviceToken, type DeviceTokenResult } from "@/lib/device/collect-device-token";
import { startDeviceAuthorization } from "@/lib/device/start-device-authorization";
import { AppError } from "@/lib/errors";
import { requestLogger } from "@/lib/observability/logger";
import { reportError } from "@/lib/observability/report-error";
import { requestIdOf } from "@/lib/observability/request-id";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { problemResponse } from "./problem";

const MAX_BODY_BYTES = 4096;

/**
 * The two unauthenticated endpoints of the CLI's browser login (RFC 8628). The body is a form
 * (`application/x-www-form-urlencoded`, as the RFC sends it) or a JSON object. A malformed request is an OAuth
 * `invalid_request` (400); rate limits and an unavailable database are problem documents with Retry-After (429, 503).
 */
function deviceRoute(handle: (body: Record<string, unknown>, ip: string | null) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    const requestId = requestIdOf(request.headers);
    const path = new URL(request.url).pathname;
    try {
      return await handle(await readBody(request), clientIp(request.headers));
    } catch (error) {
      if (error instanceof AppError && error.code === "VALIDATION") return oauthError("invalid_request", error.message, 400);
      const log = requestLogger(requestId).child({ method: request.method, path });
      return problemResponse(reportError(error, log, "Device login"), path, requestId);
    }
  };
}

async function readBody(request: Request): Promise<Record<string, unknown>> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw invalid("The request body is too large.");
  const text = await request.text().catch(() => {
    throw invalid("The request body could not be read.");
  });
  if (text.length > MAX_BODY_BYTES) throw invalid("The request body is too large.");
  if ((request.headers.get("content-type") ?? "").includes("application/json")) {
    let value: unknown;
    try {
      value = JSON.parse(text || "{}");
    } catch {
      throw invalid("The request body is not valid JSON.");
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw invalid("The request body must be a JSON object.");
    return value as Record<string, unknown>;
  }
  return Object.fromEntries(new URLSearchParams(text));
}

const invalid = (message: string) => new AppError("VALIDATION", message, { _: [message] });

const NO_STORE = { "cache-control": "no-store", pragma: "no-cache" };

function oauthError(error: string, description: string, status = 400, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, error_description: description, ...extra }, { status, headers: NO_STORE });
}

/** POST /api/v1/device/code */
export const deviceCodeRoute = deviceRoute(async (body, ip) => Response.json(await startDeviceAuthorization(body, { ip }), { headers: NO_STORE }));

/** POST /api/v1/device/token */
export const deviceTokenRoute = deviceRoute(async (body, ip) => deviceTokenResponse(await collectDeviceToken(body, { ip })));

function deviceTokenResponse(result: DeviceTokenResult): Response {
  if (!result.ok) return oauthError(result.error, result.description, 400, result.interval ? { interval: result.interval } : {});
  const { token, workspace } = result;
  return Response.json(
    {
      access_token: token.token,
      token_type: "Bearer",
      ...(token.expiresAt ? { expires_in: Math.max(0, Math.round((token.expiresAt.getTime() - Date.now()) / 1000)) } : {}),
      workspace,
      token: { id: token.id, name: token.name, prefix: token.displayPrefix, role: token.role, expiresAt: token.expiresAt?.toISOString() ?? null },
    },
    { headers: NO_STORE },
  );
}
