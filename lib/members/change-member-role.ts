import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { actorName, callerActor, type Caller } from "@/lib/auth/caller";
import { assertCanAssignRole, assertCanManageMember, assertNotLastOwner } from "@/lib/auth/rules";
import { AppError, forbidden } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertOwnershipQuota } from "@/lib/quotas/assert-ownership-quota";
import { countActiveOwners } from "./count-active-owners";
import { getTargetMember } from "./get-target-member";
import { notifyMember, type MemberNotice } from "./notify-member";
import { changeRoleSchema } from "./schemas";

/**
 * members:update-role. Owners set any role on anyone; managers set manager/member/viewer on non-owners.
 * Nobody changes their own role, except an owner stepping down while another owner remains. The member is emailed
 * (after the change committed) when someone else changed it.
 */
export async function changeMemberRole(caller: Caller, slug: string, input: unknown) {
  const data = parseInput(changeRoleSchema, input);
  const db = await getDb();
  const { notice, ...result } = await db.transaction(async (tx) => {
    const { workspace, role: actorRole } = await authorize(tx, caller, slug, "members:update-role", { lock: true });
    const target = await getTargetMember(tx, workspace.id, data.userId);
    // Permission checks come before the "nothing to change" answer: a refused request must not look like a success.
    if (target.userId === caller.userId && actorRole !== "owner") throw forbidden("You cannot change your own role.");
    assertCanManageMember(actorRole, target.role);
    assertCanAssignRole(actorRole, data.role);
    if (target.role === data.role) return { userId: target.userId, role: target.role, changed: false, notice: null };
    if (data.role === "owner" && target.serviceAccount) {
      throw new AppError("VALIDATION", "A service account cannot own a workspace.", { role: ["A service account cannot own a workspace."] });
    }
    if (target.role === "owner" && target.active) assertNotLastOwner(await countActiveOwners(tx, workspace.id), target.role);
    if (data.role === "owner") await assertOwnershipQuota(tx, target.userId, { who: target.label });
    // An owner's access never ends on a date (so expiry cannot leave a workspace without an active owner).
    const clearsEndDate = data.role === "owner" && target.accessUntil !== null;
    await tx.update(memberships).set({ role: data.role, ...(clearsEndDate ? { accessUntil: null, accessEndRecordedAt: null } : {}) }).where(eq(memberships.id, target.membershipId));
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "member.role_changed",
      target: { type: "user", id: target.userId, label: target.label },
      metadata: { from: target.role, to: data.role, ...(clearsEndDate ? { endDateCleared: true } : {}) },
    });
    const notice: MemberNotice | null =
      target.email && target.userId !== caller.userId
        ? { kind: "role_changed", to: target.email, workspace, actorName: actorName(caller), from: target.role, role: data.role }
        : null;
    return { userId: target.userId, role: data.role, changed: true, notice };
  });
  if (notice) await notifyMember(notice);
  return result;
}
