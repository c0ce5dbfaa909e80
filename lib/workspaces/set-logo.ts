import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { workspaceLogos, workspaces } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { checkImage, imageUploadSchema } from "@/lib/images/image-format";
import { parseInput } from "@/lib/validation";
import { logoUrl } from "./workspace-identity";

/** workspace:update (owner, manager): uploads the workspace's logo (PNG, JPEG, WebP or GIF by its bytes, at most 512 KB), replacing the previous one. */
export async function setLogo(caller: Caller, slug: string, input: unknown): Promise<{ logoUrl: string }> {
  const { file } = parseInput(imageUploadSchema, input);
  const image = await checkImage(file);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "workspace:update", { lock: true });
    await tx.update(workspaces).set({ logoVersion: image.version }).where(eq(workspaces.id, workspace.id));
    const row = { contentType: image.contentType, bytes: image.bytes, version: image.version, updatedBy: caller.userId, updatedAt: new Date() };
    await tx.insert(workspaceLogos).values({ workspaceId: workspace.id, ...row }).onConflictDoUpdate({ target: workspaceLogos.workspaceId, set: row });
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "workspace.logo_changed",
      target: { type: "workspace", id: workspace.id, label: workspace.slug },
      metadata: { contentType: image.contentType, bytes: image.bytes.length },
    });
    return { logoUrl: logoUrl(workspace.slug, image.version)! };
  });
}
