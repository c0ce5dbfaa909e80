import "server-only";
import { and, eq, exists, isNotNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { inviteLinks, memberships } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { assertCanAssignRole, assertCanRestore } from "@/lib/auth/rules";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { inviteLinkIdSchema } from "./schemas";

/**
 * invitations:manage (owner, manager), as revoking, and only for a role the caller may assign: "Undo" on a revoked
 * invite link (restoreRule: within minutes, unexpired, uses left). Refused when its creator is no longer a member
 * (leaving revoked it). The same URL works again.
 */
export async function restoreInviteLink(caller: Caller, slug: string, input: unknown) {
  const { linkId } = parseInput(inviteLinkIdSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace, role: actorRole } = await authorize(tx, caller, slug, "invitations:manage", { lock: true });
    const [link] = await tx
      .select({
        id: inviteLinks.id,
        role: inviteLinks.role,
        tokenPrefix: inviteLinks.tokenPrefix,
        expiresAt: inviteLinks.expiresAt,
        maxUses: inviteLinks.maxUses,
        useCount: inviteLinks.useCount,
        revokedAt: inviteLinks.revokedAt,
        creatorIsMember: exists(
          tx.select({ one: sql`1` }).from(memberships).where(and(eq(memberships.workspaceId, workspace.id), eq(memberships.userId, inviteLinks.createdBy))),
        ).mapWith(Boolean),
      })
      .from(inviteLinks)
      .where(and(eq(inviteLinks.id, linkId), eq(inviteLinks.workspaceId, workspace.id), isNotNull(inviteLinks.revokedAt)));
    if (!link?.revokedAt) throw new AppError("NOT_FOUND", "That invite link is not revoked, or no longer exists.");
    assertCanAssignRole(actorRole, link.role);
    assertCanRestore("invite link", { revokedAt: link.revokedAt, expiresAt: link.expiresAt, maxUses: link.maxUses, useCount: link.useCount }, new Date());
    if (!link.creatorIsMember) throw new AppError("CONFLICT", "Whoever created this invite link is no longer a member, so it cannot be restored. Create a new one.");
    await tx
      .update(inviteLinks)
      .set({ revokedAt: null })
      .where(and(eq(inviteLinks.id, link.id), isNotNull(inviteLinks.revokedAt)));
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "invite_link.restored",
      target: { type: "invite_link", id: link.id, label: link.tokenPrefix },
      metadata: { role: link.role, useCount: link.useCount },
    });
    return { linkId };
  });
}
