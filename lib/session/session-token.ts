import "server-only";
import { cookies } from "next/headers";

/** Auth.js's database-session cookie: `__Secure-` prefixed when the site is served over HTTPS. */
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** A session used after this long since its last extension is extended again (Auth.js's `updateAge`). */
export const SESSION_UPDATE_AGE_SECONDS = 24 * 60 * 60;

/** The session token from the request's cookie, or null when signed out. */
export async function readSessionToken(): Promise<string | null> {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    const value = jar.get(name)?.value;
    if (value) return value;
  }
  return null;
}
