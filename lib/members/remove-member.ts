import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { apiTokens, invitations, memberships } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { assertCanManageMember, assertNotLastOwner } from "@/lib/auth/rules";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { countOwners } from "./count-owners";
import { getTargetMember } from "./get-target-member";
import { removeMemberSchema } from "./schemas";

/**
 * members:remove. Owners remove anyone but the last owner; managers remove non-owners. Removing yourself is "leave".
 * The removed member's tokens for this workspace and pending email invitation are revoked; access ends on their next request.
 */
export async function removeMember(caller: Caller, slug: string, input: unknown) {
  const data = parseInput(removeMemberSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace, role: actorRole } = await authorize(tx, caller, slug, "members:remove", { lock: true });
    const target = await getTargetMember(tx, workspace.id, data.userId);
    if (target.userId === caller.userId) throw new AppError("FORBIDDEN", "To remove yourself, leave the workspace.");
    assertCanManageMember(actorRole, target.role);
    if (target.role === "owner") assertNotLastOwner(await countOwners(tx, workspace.id), target.role);
    await tx.delete(memberships).where(eq(memberships.id, target.membershipId));
    await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.workspaceId, workspace.id), eq(apiTokens.userId, target.userId), isNull(apiTokens.revokedAt)));
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: target.serviceAccount ? "service_account.removed" : "member.removed",
      target: { type: "user", id: target.userId, label: target.label },
      metadata: { role: target.role },
    });
    // An email invitation still pending for them (they joined another way) would let them straight back in.
    if (target.email) {
      const revoked = await tx
        .update(invitations)
        .set({ status: "revoked", respondedAt: new Date() })
        .where(and(eq(invitations.workspaceId, workspace.id), eq(invitations.email, target.email.toLowerCase()), eq(invitations.status, "pending")))
        .returning();
      for (const invitation of revoked) {
        await recordActivity(tx, {
          workspaceId: workspace.id,
          actor: callerActor(caller),
          action: "invitation.revoked",
          target: { type: "invitation", id: invitation.id, label: invitation.email },
          metadata: { role: invitation.role, reason: "member.removed" },
        });
      }
    }
    return { userId: target.userId };
  });
}
