import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { userAvatars, users } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { assertPerson } from "@/lib/auth/rules";
import { recordAccountActivity } from "./record-account-activity";

/** The person signed in (never a token) removes their avatar: their initials show again. Removing none changes nothing. */
export async function removeAvatar(caller: Caller): Promise<{ removed: boolean }> {
  assertPerson(caller, "interactive", "An API token cannot change an avatar.");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const removed = await tx.delete(userAvatars).where(eq(userAvatars.userId, caller.userId)).returning({ userId: userAvatars.userId });
    if (removed.length === 0) return { removed: false };
    await tx.update(users).set({ avatarVersion: null }).where(eq(users.id, caller.userId));
    await recordAccountActivity(tx, caller, { action: "profile.avatar_removed" });
    return { removed: true };
  });
}
