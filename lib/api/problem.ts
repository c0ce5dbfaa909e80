import { AppError, httpStatus, type ErrorCode } from "@/lib/errors";

/** RFC 9457 problem details, with Roster's stable `code` and, for 422, the field errors. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance?: string;
  errors?: Record<string, string[]>;
};

const TITLES: Record<ErrorCode, string> = {
  UNAUTHENTICATED: "Unauthenticated",
  FORBIDDEN: "Forbidden",
  NOT_FOUND: "Not found",
  CONFLICT: "Conflict",
  GONE: "Gone",
  VALIDATION: "Invalid request",
  QUOTA_EXCEEDED: "Quota exceeded",
  LAST_OWNER: "Last owner",
  RATE_LIMITED: "Too many requests",
  INTERNAL: "Internal error",
};

export function problemType(code: ErrorCode): string {
  return `/docs/api#error-${code.toLowerCase().replace(/_/g, "-")}`;
}

export function toProblem(error: AppError, instance?: string): Problem {
  return {
    type: problemType(error.code),
    title: TITLES[error.code],
    status: httpStatus(error),
    detail: error.message,
    code: error.code,
    ...(instance ? { instance } : {}),
    ...(error.fieldErrors ? { errors: error.fieldErrors } : {}),
  };
}

/** The one place an AppError becomes an HTTP response (401 asks for a bearer token, 429 says when to retry). */
export function problemResponse(error: AppError, instance?: string): Response {
  const problem = toProblem(error, instance);
  const headers = new Headers({ "content-type": "application/problem+json", "cache-control": "no-store" });
  if (error.code === "UNAUTHENTICATED") headers.set("www-authenticate", 'Bearer realm="roster"');
  if (error.code === "RATE_LIMITED") headers.set("retry-after", String(Math.max(1, Math.ceil(error.retryAfterSeconds ?? 60))));
  return new Response(JSON.stringify(problem), { status: problem.status, headers });
}

export const internalError = () => new AppError("INTERNAL", "Something went wrong on our side. Please try again.");
