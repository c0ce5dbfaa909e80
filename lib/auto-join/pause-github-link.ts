import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { workspaces } from "@/db/schema";
import { recordActivity, type Actor } from "@/lib/activity/record-activity";

/**
 * Internal (inside the transaction that ends a membership, after its workspace lock): when the person leaving (or
 * removed, or deleting their account) linked the workspace's GitHub organization, the link pauses: its proof went with
 * them. An admin of the organization links it again to resume (auto_join.github_paused).
 */
export async function pauseGithubLinkOf(tx: Tx, workspaceId: string, userId: string, actor: Actor, reason: "member.left" | "member.removed" | "member.account_deleted") {
  const [paused] = await tx
    .update(workspaces)
    .set({ githubOrganizationPausedAt: new Date() })
    .where(and(eq(workspaces.id, workspaceId), eq(workspaces.githubOrganizationLinkedBy, userId), isNull(workspaces.githubOrganizationPausedAt)))
    .returning({ organization: workspaces.githubOrganization, slug: workspaces.slug });
  if (!paused) return;
  await recordActivity(tx, {
    workspaceId,
    actor,
    action: "auto_join.github_paused",
    target: { type: "workspace", id: workspaceId, label: paused.slug },
    metadata: { githubOrganization: paused.organization, reason },
  });
}
