import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { actorName, callerActor, type Caller } from "@/lib/auth/caller";
import { assertNotPersonal } from "@/lib/auth/rules";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertOwnershipQuota } from "@/lib/quotas/assert-ownership-quota";
import { getTargetMember } from "./get-target-member";
import { notifyMember } from "./notify-member";
import { transferOwnershipSchema } from "./schemas";

/**
 * workspace:transfer-ownership (owner only): the chosen member becomes owner (and is emailed once it committed); the
 * caller optionally becomes manager.
 */
export async function transferOwnership(caller: Caller, slug: string, input: unknown) {
  const data = parseInput(transferOwnershipSchema, input);
  const db = await getDb();
  const { notice, ...result } = await db.transaction(async (tx) => {
    const { workspace, membershipId } = await authorize(tx, caller, slug, "workspace:transfer-ownership", { lock: true });
    assertNotPersonal(workspace, "shared");
    if (data.userId === caller.userId) throw new AppError("VALIDATION", "Choose another member.", { userId: ["Choose another member."] });
    const target = await getTargetMember(tx, workspace.id, data.userId);
    if (target.serviceAccount) throw new AppError("VALIDATION", "A service account cannot own a workspace.", { userId: ["A service account cannot own a workspace."] });
    if (!target.active) {
      const message = target.suspendedAt ? "This member is suspended. Reactivate them before making them an owner." : "This member's access has ended. Reactivate them before making them an owner.";
      throw new AppError("VALIDATION", message, { userId: [message] });
    }
    if (target.role !== "owner") await assertOwnershipQuota(tx, target.userId, { who: target.label });
    await tx.update(memberships).set({ role: "owner", accessUntil: null, accessEndRecordedAt: null }).where(eq(memberships.id, target.membershipId));
    if (data.demoteSelf) await tx.update(memberships).set({ role: "manager" }).where(eq(memberships.id, membershipId));
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "workspace.ownership_transferred",
      target: { type: "user", id: target.userId, label: target.label },
      metadata: { from: target.role, to: "owner", previousOwnerBecame: data.demoteSelf ? "manager" : "owner" },
    });
    const notice = target.email ? { kind: "ownership_transferred" as const, to: target.email, workspace, actorName: actorName(caller) } : null;
    return { userId: target.userId, notice };
  });
  if (notice) await notifyMember(notice);
  return result;
}
