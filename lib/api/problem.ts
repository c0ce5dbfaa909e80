import { AppError, ERRORS, UNAVAILABLE_RETRY_AFTER_SECONDS, type ErrorCode } from "@/lib/errors";

/** RFC 9457 problem details, with Roster's stable `code` and, for 422, the field errors. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance?: string;
  errors?: Record<string, string[]>;
  /** The request's id (X-Request-Id), to quote when reporting a problem: every log line of the request carries it. */
  requestId?: string;
};

export function problemType(code: ErrorCode): string {
  return `/docs/api#error-${code.toLowerCase().replace(/_/g, "-")}`;
}

export function toProblem(error: AppError, instance?: string, requestId?: string): Problem {
  return {
    type: problemType(error.code),
    title: ERRORS[error.code].title,
    status: ERRORS[error.code].status,
    detail: error.message,
    code: error.code,
    ...(instance ? { instance } : {}),
    ...(error.fieldErrors ? { errors: error.fieldErrors } : {}),
    ...(requestId ? { requestId } : {}),
  };
}

/** The one place an AppError becomes an HTTP response (401 asks for a bearer token, 429 and 503 say when to retry). */
export function problemResponse(error: AppError, instance?: string, requestId?: string): Response {
  const problem = toProblem(error, instance, requestId);
  const headers = new Headers({ "content-type": "application/problem+json", "cache-control": "no-store" });
  if (ERRORS[error.code].status === 401) headers.set("www-authenticate", 'Bearer realm="roster"');
  if (error.code === "RATE_LIMITED" || error.code === "UNAVAILABLE") {
    headers.set("retry-after", String(Math.max(1, Math.ceil(error.retryAfterSeconds ?? (error.code === "RATE_LIMITED" ? 60 : UNAVAILABLE_RETRY_AFTER_SECONDS)))));
  }
  if (requestId) headers.set("x-request-id", requestId);
  return new Response(JSON.stringify(problem), { status: problem.status, headers });
}
