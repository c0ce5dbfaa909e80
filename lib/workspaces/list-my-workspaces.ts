import "server-only";
import { cache } from "react";
import { asc, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, workspaces, type Role } from "@/db/schema";

export type MyWorkspace = { slug: string; displayName: string; personal: boolean; role: Role };

/** Every workspace the user belongs to, personal first, then by display name (one query per request). */
export const listMyWorkspaces = cache(async (userId: string): Promise<MyWorkspace[]> => {
  const db = await getDb();
  return db
    .select({ slug: workspaces.slug, displayName: workspaces.displayName, personal: workspaces.personal, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, userId))
    .orderBy(desc(workspaces.personal), asc(workspaces.displayName), asc(workspaces.slug));
});
