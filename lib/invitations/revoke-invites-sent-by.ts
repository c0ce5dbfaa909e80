import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { invitations, inviteLinks } from "@/db/schema";
import { recordActivity, type Actor } from "@/lib/activity/record-activity";

/**
 * Inside the removal (or leaving) of `userId`: revokes the live invite links they created and the pending email
 * invitations they sent in this workspace, one activity event each (`reason` names why). Returns how many.
 */
export async function revokeInvitesSentBy(tx: Tx, workspaceId: string, userId: string, actor: Actor, reason: "member.removed" | "member.left" | "member.account_deleted") {
  const now = new Date();
  const links = await tx
    .update(inviteLinks)
    .set({ revokedAt: now })
    .where(and(eq(inviteLinks.workspaceId, workspaceId), eq(inviteLinks.createdBy, userId), isNull(inviteLinks.revokedAt)))
    .returning();
  const sent = await tx
    .update(invitations)
    .set({ status: "revoked", respondedAt: now })
    .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.invitedBy, userId), eq(invitations.status, "pending")))
    .returning();
  // One event each, in the order they were made (UPDATE ... RETURNING gives no order).
  const oldestFirst = (a: { createdAt: Date }, b: { createdAt: Date }) => a.createdAt.getTime() - b.createdAt.getTime();
  links.sort(oldestFirst);
  sent.sort(oldestFirst);
  for (const link of links) {
    await recordActivity(tx, {
      workspaceId,
      actor,
      action: "invite_link.revoked",
      target: { type: "invite_link", id: link.id, label: link.tokenPrefix },
      metadata: { role: link.role, useCount: link.useCount, reason },
    });
  }
  for (const invitation of sent) {
    await recordActivity(tx, {
      workspaceId,
      actor,
      action: "invitation.revoked",
      target: { type: "invitation", id: invitation.id, label: invitation.email },
      metadata: { role: invitation.role, reason },
    });
  }
  return { inviteLinks: links.length, invitations: sent.length };
}
