import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { sql } from "drizzle-orm";
import { executeRows, getDb } from "@/db/client";
import { AppError } from "@/lib/errors";
import { requestMemo } from "@/lib/request-memo";
import { sessionUserCtes, type SessionUserRow } from "./session-sql";
import { readSessionToken } from "./session-token";

export type SessionUser = { id: string; name: string | null; email: string; image: string | null };

export function toSessionUser(row: SessionUserRow): SessionUser {
  return { id: row.id, name: row.name ?? null, email: row.email ?? "", image: row.image ?? null };
}

/**
 * The signed-in user, read from the database session (Auth.js's table and cookie) once per request; null when signed
 * out or expired. One statement, which also extends the session once a day as Auth.js does.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const primed = requestMemo().user;
  if (primed) return primed;
  const token = await readSessionToken();
  if (!token) return null;
  const db = await getDb();
  const [row] = await executeRows<SessionUserRow>(db, sql`with ${sessionUserCtes(token)} select id, name, email, image from signed_in`);
  return row ? toSessionUser(row) : null;
});

/** Guard for actions and handlers: the signed-in user, or UNAUTHENTICATED. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  return user;
}

/** Guard for pages: the signed-in user, or a redirect to sign-in that comes back to `returnTo`. */
export async function requirePageUser(returnTo?: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : "/sign-in");
  return user;
}
