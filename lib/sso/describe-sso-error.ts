import { ERRORS, type ErrorCode } from "@/lib/errors";

/** The title and advice the sign-in problem page shows for a single sign-on refusal (`?error=SSO_…`), from ERRORS. */
export function describeSsoError(code: string | undefined): { title: string; help: string } | null {
  if (!code?.startsWith("SSO_") || !Object.hasOwn(ERRORS, code)) return null;
  const { title, help } = ERRORS[code as ErrorCode];
  return { title, help };
}
