import "server-only";
import { unstable_rethrow } from "next/navigation";
import { actionFailure, AppError, toAppError, type ActionFailure } from "@/lib/errors";

export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

/** Runs a domain call for a server action: typed errors become `{ ok: false, code, message, fieldErrors }`. */
export async function runAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    unstable_rethrow(error);
    let appError: AppError;
    try {
      appError = toAppError(error);
    } catch {
      console.error("[roster] action failed", error);
      return { ok: false, code: "INTERNAL", message: "Something went wrong. Please try again." };
    }
    return actionFailure(appError);
  }
}
