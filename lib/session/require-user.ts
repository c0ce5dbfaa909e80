import "server-only";
import { AppError } from "@/lib/errors";
import { getCurrentUser } from "./get-current-user";
import type { SessionUser } from "./session-user";

/** Guard for actions and handlers: the signed-in user, or UNAUTHENTICATED. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  return user;
}
