import { ZodError } from "zod";

/**
 * Every error code the domain throws, with its HTTP status, the title of its problem document and the help the API
 * reference shows. Action results, problem documents, openapi.json and /docs/api are all derived from this table.
 */
export const ERRORS = {
  UNAUTHENTICATED: {
    status: 401,
    title: "Unauthenticated",
    help: "The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL.",
  },
  FORBIDDEN: {
    status: 403,
    title: "Forbidden",
    help: "The token's effective role (the lower of its role and its holder's current role) lacks the permission.",
  },
  NOT_FOUND: { status: 404, title: "Not found", help: "The resource does not exist, or lies outside the token's workspace." },
  CONFLICT: { status: 409, title: "Conflict", help: "The request conflicts with the current state, e.g. a slug that is taken." },
  VALIDATION: { status: 422, title: "Invalid request", help: "The body or a parameter is invalid; `errors` lists the messages per field." },
  QUOTA_EXCEEDED: { status: 422, title: "Quota exceeded", help: "A limit of the workspace or the account was reached." },
  LAST_OWNER: { status: 409, title: "Last owner", help: "The change would leave the workspace without an owner." },
  RATE_LIMITED: { status: 429, title: "Too many requests", help: "Too many requests with this token; retry after the `Retry-After` seconds." },
  INTERNAL: { status: 500, title: "Internal error", help: "An unexpected error on the server." },
} as const satisfies Record<string, { status: number; title: string; help: string }>;

export type ErrorCode = keyof typeof ERRORS;
/** The codes in the table's order (a non-empty tuple, as z.enum takes it). */
export const ERROR_CODES = Object.keys(ERRORS) as [ErrorCode, ...ErrorCode[]];
export type FieldErrors = Record<string, string[]>;

/** The one error type the domain layer throws; mapped to action results and HTTP statuses below (ERRORS). */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what = "Not found") => new AppError("NOT_FOUND", what);
export const forbidden = (message = "You do not have permission to do that.") => new AppError("FORBIDDEN", message);

export function validationError(error: ZodError): AppError {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  const first = error.issues[0];
  const message = first ? `${first.path.length ? `${first.path.join(".")}: ` : ""}${first.message}` : "Invalid input.";
  return new AppError("VALIDATION", message, fieldErrors);
}

/** Converts anything thrown into an AppError; unknown errors are logged and reported without details. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return validationError(error);
  throw error;
}

export type ActionFailure = { ok: false; code: ErrorCode; message: string; fieldErrors?: FieldErrors };

export function actionFailure(error: AppError): ActionFailure {
  return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
}
