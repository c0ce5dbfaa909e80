import "server-only";
import { redirect } from "next/navigation";
import { getCurrentUser } from "./get-current-user";
import type { SessionUser } from "./session-user";

/** Guard for pages that need only who is signed in: the user, or a redirect to sign-in that comes back to `returnTo`. */
export async function requirePageUser(returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
