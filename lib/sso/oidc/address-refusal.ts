import { AppError } from "@/lib/errors";

/** The guard's refusal (AppError ADDRESS_NOT_ALLOWED), found down openid-client's chain of causes. */
export function addressRefusal(error: unknown): AppError | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof AppError && e.code === "ADDRESS_NOT_ALLOWED") return e;
  }
  return undefined;
}
