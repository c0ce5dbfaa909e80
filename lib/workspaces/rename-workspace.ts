import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { workspaces } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { parseInput } from "@/lib/validation";
import { renameWorkspaceSchema } from "./schemas";

/** workspace:update (owner, manager): changes the display name; the slug never changes. */
export async function renameWorkspace(caller: Caller, slug: string, input: unknown) {
  const data = parseInput(renameWorkspaceSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "workspace:update", { lock: true });
    if (workspace.displayName === data.displayName) return workspace;
    const [updated] = await tx
      .update(workspaces)
      .set({ displayName: data.displayName })
      .where(eq(workspaces.id, workspace.id))
      .returning();
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "workspace.renamed",
      target: { type: "workspace", id: workspace.id, label: workspace.slug },
      metadata: { from: workspace.displayName, to: data.displayName },
    });
    return updated;
  });
}
