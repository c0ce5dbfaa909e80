import "server-only";
import type { AdapterUser } from "@auth/core/adapters";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { createPersonalWorkspace } from "@/lib/workspaces/create-personal-workspace";

/** Auth.js adapter hook: a new user and their personal workspace are created in one transaction. */
export async function createUser(data: AdapterUser & { githubLogin?: string | null }): Promise<AdapterUser> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        name: data.name ?? null,
        email: data.email?.toLowerCase() ?? null,
        emailVerified: data.emailVerified ?? null,
        image: data.image ?? null,
        githubLogin: data.githubLogin ?? null,
      })
      .returning();
    await createPersonalWorkspace(tx, user);
    return { ...user, email: user.email ?? "" } as AdapterUser;
  });
}
