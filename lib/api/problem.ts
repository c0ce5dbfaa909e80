import { AppError, ERRORS, type ErrorCode } from "@/lib/errors";

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

export function problemType(code: ErrorCode): string {
  return `/docs/api#error-${code.toLowerCase().replace(/_/g, "-")}`;
}

export function toProblem(error: AppError, instance?: string): Problem {
  return {
    type: problemType(error.code),
    title: ERRORS[error.code].title,
    status: ERRORS[error.code].status,
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
