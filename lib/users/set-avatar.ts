import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { userAvatars, users } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { assertPerson } from "@/lib/auth/rules";
import { notFound } from "@/lib/errors";
import { checkImage, imageUploadSchema } from "@/lib/images/image-format";
import { parseInput } from "@/lib/validation";
import { avatarUrl } from "./person-identity";
import { recordAccountActivity } from "./record-account-activity";

/** The person signed in (never a token) uploads their avatar: PNG, JPEG, WebP or GIF by its bytes, at most 512 KB; it replaces the previous one. */
export async function setAvatar(caller: Caller, input: unknown): Promise<{ avatarUrl: string }> {
  const { file } = parseInput(imageUploadSchema, input);
  assertPerson(caller, "interactive", "An API token cannot change an avatar.");
  const image = await checkImage(file);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [user] = await tx.update(users).set({ avatarVersion: image.version }).where(eq(users.id, caller.userId)).returning({ id: users.id });
    if (!user) throw notFound("Your account no longer exists.");
    const row = { contentType: image.contentType, bytes: image.bytes, version: image.version, updatedAt: new Date() };
    await tx.insert(userAvatars).values({ userId: caller.userId, ...row }).onConflictDoUpdate({ target: userAvatars.userId, set: row });
    await recordAccountActivity(tx, caller, { action: "profile.avatar_changed", metadata: { contentType: image.contentType, bytes: image.bytes.length } });
    return { avatarUrl: avatarUrl(caller.userId, image.version)! };
  });
}
