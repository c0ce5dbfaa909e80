import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { users } from "@/db/schema";

/** The user's email address if it was verified (signed in by magic link), lowercased; otherwise null. */
export async function getVerifiedEmail(db: DbOrTx, userId: string): Promise<string | null> {
  const [user] = await db.select({ email: users.email, emailVerified: users.emailVerified }).from(users).where(eq(users.id, userId)).limit(1);
  return user?.email && user.emailVerified ? user.email.toLowerCase() : null;
}
