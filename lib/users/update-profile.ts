import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { assertPerson } from "@/lib/auth/rules";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { recordAccountActivity } from "./record-account-activity";
import { updateProfileSchema } from "./schemas";

/** The person signed in (never a token) sets their display name; an empty one clears it (the UI then shows their email). */
export async function updateProfile(caller: Caller, input: unknown): Promise<{ displayName: string | null; changed: boolean }> {
  const data = parseInput(updateProfileSchema, input);
  assertPerson(caller, "interactive", "An API token cannot change a profile.");
  const displayName = data.displayName || null;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ name: users.name }).from(users).where(eq(users.id, caller.userId)).for("update");
    if (!user) throw notFound("Your account no longer exists.");
    if ((user.name ?? null) === displayName) return { displayName, changed: false };
    await tx.update(users).set({ name: displayName }).where(eq(users.id, caller.userId));
    await recordAccountActivity(tx, caller, { action: "profile.updated", metadata: { from: user.name ?? null, to: displayName } });
    return { displayName, changed: true };
  });
}
