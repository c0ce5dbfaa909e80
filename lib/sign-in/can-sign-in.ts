import "server-only";
import { eq, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { discoverSso } from "@/lib/sso/discover-sso";

/**
 * Auth.js signIn callback: a service account never signs in to the web app (it has no email; this also refuses one
 * that somehow got an email or a linked account). New people (no row yet) may sign in. An address at the verified
 * domain of a workspace that requires SSO signs in only through its IdP (the break-glass owner excepted): this refuses
 * the email link (when it is asked for and when it is used) and GitHub for it.
 */
export async function canSignIn(user: { id?: string | null; email?: string | null }): Promise<boolean> {
  const conditions = [
    user.id ? eq(users.id, user.id) : undefined,
    user.email ? eq(users.email, user.email.trim().toLowerCase()) : undefined,
  ].filter((c) => c !== undefined);
  if (!conditions.length) return true;
  const db = await getDb();
  const rows = await db.select({ serviceAccount: users.serviceAccount }).from(users).where(or(...conditions)).limit(2);
  if (rows.some((r) => r.serviceAccount)) return false;
  const email = user.email?.trim().toLowerCase();
  return !(email && (await discoverSso(email))?.required);
}
