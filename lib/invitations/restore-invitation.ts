import "server-only";
import { and, eq, exists, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { invitations, memberships, users } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { assertCanAssignRole, assertCanRestore } from "@/lib/auth/rules";
import { AppError } from "@/lib/errors";
import { assertMemberQuota } from "@/lib/quotas/assert-member-quota";
import { parseInput } from "@/lib/validation";
import { invitationIdSchema } from "./schemas";

/** Another invitation to the same address, in the same statement. */
const newer = alias(invitations, "newer");

/**
 * invitations:manage (owner, manager), as revoking, and only for a role the caller may assign: "Undo" on a revoked
 * invitation (restoreRule: within minutes, unexpired). Refused when its sender is no longer a member (leaving revoked
 * it), the address has joined or has a newer invitation, or the workspace is full. The emailed link works again.
 */
export async function restoreInvitation(caller: Caller, slug: string, input: unknown) {
  const { invitationId } = parseInput(invitationIdSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace, role: actorRole } = await authorize(tx, caller, slug, "invitations:manage", { lock: true });
    const [invitation] = await tx
      .select({
        id: invitations.id,
        email: invitations.email,
        role: invitations.role,
        expiresAt: invitations.expiresAt,
        revokedAt: invitations.respondedAt,
        senderIsMember: exists(
          tx.select({ one: sql`1` }).from(memberships).where(and(eq(memberships.workspaceId, workspace.id), eq(memberships.userId, invitations.invitedBy))),
        ).mapWith(Boolean),
        addressIsMember: exists(
          tx
            .select({ one: sql`1` })
            .from(memberships)
            .innerJoin(users, eq(users.id, memberships.userId))
            .where(and(eq(memberships.workspaceId, workspace.id), eq(users.email, invitations.email))),
        ).mapWith(Boolean),
        newerPending: exists(
          tx
            .select({ one: sql`1` })
            .from(newer)
            .where(and(eq(newer.workspaceId, workspace.id), eq(newer.email, invitations.email), eq(newer.status, "pending"))),
        ).mapWith(Boolean),
      })
      .from(invitations)
      .where(and(eq(invitations.id, invitationId), eq(invitations.workspaceId, workspace.id), eq(invitations.status, "revoked")));
    if (!invitation || !invitation.revokedAt) throw new AppError("NOT_FOUND", "That invitation is not revoked, or no longer exists.");
    assertCanAssignRole(actorRole, invitation.role);
    const now = new Date();
    assertCanRestore("invitation", { revokedAt: invitation.revokedAt, expiresAt: invitation.expiresAt }, now);
    if (!invitation.senderIsMember) throw new AppError("CONFLICT", "Whoever sent this invitation is no longer a member, so it cannot be restored. Send a new one.");
    if (invitation.addressIsMember) throw new AppError("CONFLICT", `${invitation.email} is already a member.`);
    if (invitation.newerPending) throw new AppError("CONFLICT", `${invitation.email} has a newer pending invitation.`);
    await assertMemberQuota(tx, workspace.id, 1, now);
    await tx
      .update(invitations)
      .set({ status: "pending", respondedAt: null })
      .where(and(eq(invitations.id, invitation.id), eq(invitations.status, "revoked")));
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "invitation.restored",
      target: { type: "invitation", id: invitation.id, label: invitation.email },
      metadata: { role: invitation.role },
    });
    return { invitationId };
  });
}
