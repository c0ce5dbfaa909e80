import { ZodError } from "zod";

export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  GONE: 410,
  VALIDATION: 422,
  QUOTA_EXCEEDED: 422,
  LAST_OWNER: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type FieldErrors = Record<string, string[]>;

/** The one error type the domain layer throws; mapped to action results and HTTP statuses below. */
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

export type ActionFailure = { ok: false; code: ErrorCode | "INTERNAL"; message: string; fieldErrors?: FieldErrors };

export function actionFailure(error: AppError): ActionFailure {
  return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
}

export function httpStatus(error: AppError): number {
  return ERROR_STATUS[error.code];
}
