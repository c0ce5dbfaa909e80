import "server-only";
import { eq, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";

/**
 * Auth.js signIn callback: a service account never signs in to the web app (it has no email; this also refuses one
 * that somehow got an email or a linked account). New people (no row yet) may sign in.
 */
export async function canSignIn(user: { id?: string | null; email?: string | null }): Promise<boolean> {
  const conditions = [
    user.id ? eq(users.id, user.id) : undefined,
    user.email ? eq(users.email, user.email.trim().toLowerCase()) : undefined,
  ].filter((c) => c !== undefined);
  if (!conditions.length) return true;
  const db = await getDb();
  const rows = await db.select({ serviceAccount: users.serviceAccount }).from(users).where(or(...conditions)).limit(2);
  return !rows.some((r) => r.serviceAccount);
}
