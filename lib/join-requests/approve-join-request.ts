import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { joinRequests } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { actorName, callerActor, type Caller } from "@/lib/auth/caller";
import { assertCanAssignRole } from "@/lib/auth/rules";
import { addMember, clearRemoval, isMember } from "@/lib/invitations/add-member";
import { assertMemberQuota } from "@/lib/quotas/assert-member-quota";
import { assertOwnershipQuota } from "@/lib/quotas/assert-ownership-quota";
import { parseInput } from "@/lib/validation";
import { notifyJoinRequest } from "./notify-join-request";
import { lockPendingJoinRequest } from "./pending-join-request";
import { approveJoinRequestSchema } from "./schemas";

/**
 * join-requests:manage (owner, manager): lets the person in with a role a manager may hand out (assertCanAssignRole:
 * only an owner grants owner), within the member quota. Approving is an explicit decision by an owner or manager, so a
 * person once removed is let in too and their removal record cleared, as a new email invitation would. The person is
 * emailed once it committed.
 */
export async function approveJoinRequest(caller: Caller, slug: string, input: unknown) {
  const data = parseInput(approveJoinRequestSchema, input);
  const db = await getDb();
  const { notice, ...result } = await db.transaction(async (tx) => {
    const { workspace, role: actorRole } = await authorize(tx, caller, slug, "join-requests:manage", { lock: true });
    assertCanAssignRole(actorRole, data.role);
    const request = await lockPendingJoinRequest(tx, workspace.id, data.requestId);
    const alreadyMember = await isMember(tx, workspace.id, request.userId);
    if (!alreadyMember) {
      await assertMemberQuota(tx, workspace.id, 1);
      if (data.role === "owner") await assertOwnershipQuota(tx, request.userId, { who: request.label });
      await addMember(tx, workspace.id, request.userId, data.role);
    }
    await clearRemoval(tx, workspace.id, request.userId);
    await tx.update(joinRequests).set({ status: "approved", role: data.role, decidedAt: new Date(), decidedBy: caller.userId }).where(eq(joinRequests.id, request.id));
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "join_request.approved",
      target: { type: "user", id: request.userId, label: request.label },
      metadata: { role: data.role, via: request.via, requestId: request.id, alreadyMember },
    });
    const notice = request.email && !alreadyMember ? { kind: "approved" as const, to: request.email, workspace, role: data.role, actorName: actorName(caller) } : null;
    return { requestId: request.id, userId: request.userId, role: data.role, alreadyMember, notice };
  });
  if (notice) await notifyJoinRequest(notice);
  return result;
}
