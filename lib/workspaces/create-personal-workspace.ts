import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships, workspaces } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { slugCandidate } from "./slug";

type NewUser = { id: string; name: string | null; email: string | null; githubLogin?: string | null };

export function personalWorkspaceName(user: NewUser): string {
  const name = user.name?.trim() || user.email?.split("@")[0] || "My";
  return `${name}'s workspace`.slice(0, 64);
}

/** Creates the user's personal workspace (owner: the user); called in the same transaction that creates the user. */
export async function createPersonalWorkspace(tx: Tx, user: NewUser) {
  const base = user.githubLogin || user.email?.split("@")[0] || user.name || "workspace";
  for (let attempt = 0; attempt < 8; attempt++) {
    const slug = slugCandidate(base, attempt > 0);
    const taken = await tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, slug)).limit(1);
    if (taken.length) continue;
    const [workspace] = await tx
      .insert(workspaces)
      .values({ slug, displayName: personalWorkspaceName(user), personal: true, createdBy: user.id })
      .onConflictDoNothing({ target: workspaces.slug })
      .returning();
    if (!workspace) continue;
    await tx.insert(memberships).values({ workspaceId: workspace.id, userId: user.id, role: "owner" });
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: { type: "user", id: user.id, label: user.email ?? user.name ?? user.id },
      action: "workspace.created",
      target: { type: "workspace", id: workspace.id, label: workspace.slug },
      metadata: { personal: true },
    });
    return workspace;
  }
  throw new Error("Could not find a free slug for the personal workspace");
}
