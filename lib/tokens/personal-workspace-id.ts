import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { memberships, workspaces } from "@/db/schema";

/** The user's personal workspace: personal access token events are recorded in its activity log. */
export async function personalWorkspaceId(db: DbOrTx, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: workspaces.id })
    .from(workspaces)
    .innerJoin(memberships, and(eq(memberships.workspaceId, workspaces.id), eq(memberships.userId, userId)))
    .where(eq(workspaces.personal, true))
    .limit(1);
  return row?.id ?? null;
}
