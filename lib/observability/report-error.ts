import "server-only";
import { dbErrorCode } from "@/db/faults";
import { ERRORS, internalError, toAppError, type AppError } from "@/lib/errors";
import type { Logger } from "./logger";

/**
 * Maps anything thrown to the AppError the client gets and logs it once: an unexpected error (500) at error level
 * with its stack, an unavailable database (503) at warn with its cause, an expected refusal (a 4xx: a permission, a
 * used link, invalid input) at info without a stack.
 */
export function reportError(error: unknown, log: Logger, what: string): AppError {
  let appError: AppError;
  try {
    appError = toAppError(error);
  } catch {
    log.error({ err: error }, `${what} failed`);
    return internalError();
  }
  const status = ERRORS[appError.code].status;
  if (status >= 500) {
    const cause = dbErrorCode(error);
    log.warn({ code: appError.code, status, cause, err: error === appError ? undefined : error }, `${what} failed: ${appError.message}`);
  } else {
    log.info({ code: appError.code, status }, `${what} refused: ${appError.message}`);
  }
  return appError;
}
