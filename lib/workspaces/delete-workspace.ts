import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { workspaces } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { assertNotPersonal } from "@/lib/auth/rules";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { deleteWorkspaceSchema } from "./schemas";

/**
 * workspace:delete (owner only), never a personal workspace; the caller types the slug to confirm.
 * Memberships, invitations, invite links and tokens go with it (foreign keys cascade) in one transaction.
 */
export async function deleteWorkspace(caller: Caller, slug: string, input: unknown) {
  const data = parseInput(deleteWorkspaceSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "workspace:delete", { lock: true });
    assertNotPersonal(workspace, "deleted");
    if (data.confirmSlug.trim() !== workspace.slug) {
      throw new AppError("VALIDATION", `Type "${workspace.slug}" to confirm.`, { confirmSlug: [`Type "${workspace.slug}" to confirm.`] });
    }
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "workspace.deleted",
      target: { type: "workspace", id: workspace.id, label: workspace.slug },
      metadata: { displayName: workspace.displayName },
    });
    await tx.delete(workspaces).where(eq(workspaces.id, workspace.id));
    return { slug: workspace.slug };
  });
}
