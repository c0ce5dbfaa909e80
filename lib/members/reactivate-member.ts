import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { actorName, callerActor, type Caller } from "@/lib/auth/caller";
import { assertCanReactivate } from "@/lib/auth/rules";
import { parseInput } from "@/lib/validation";
import { getTargetMember } from "./get-target-member";
import { notifyMember } from "./notify-member";
import { reactivateMemberSchema } from "./schemas";

/**
 * members:suspend. Reactivating gives a suspended membership its access back as it was (role and tokens were kept). A
 * membership whose end date has passed is reactivated too: the passed end date is cleared (to extend a membership
 * that still runs, change its end date). An active member: nothing changes. The member is emailed.
 */
export async function reactivateMember(caller: Caller, slug: string, input: unknown) {
  const data = parseInput(reactivateMemberSchema, input);
  const db = await getDb();
  const { notice, ...result } = await db.transaction(async (tx) => {
    const { workspace, role: actorRole } = await authorize(tx, caller, slug, "members:suspend", { lock: true });
    const target = await getTargetMember(tx, workspace.id, data.userId);
    assertCanReactivate({ userId: caller.userId, role: actorRole }, target);
    if (target.active) return { userId: target.userId, changed: false, notice: null };
    const ended = target.accessUntil !== null && target.accessUntil.getTime() <= Date.now();
    await tx
      .update(memberships)
      .set({ suspendedAt: null, suspendedBy: null, ...(ended ? { accessUntil: null, accessEndRecordedAt: null } : {}) })
      .where(eq(memberships.id, target.membershipId));
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "member.reactivated",
      target: { type: "user", id: target.userId, label: target.label },
      metadata: { role: target.role, ...(ended ? { endDateCleared: true } : {}), ...(target.serviceAccount ? { serviceAccount: true } : {}) },
    });
    const notice = target.email && !target.serviceAccount ? { kind: "reactivated" as const, to: target.email, workspace, actorName: actorName(caller) } : null;
    return { userId: target.userId, changed: true, notice };
  });
  if (notice) await notifyMember(notice);
  return result;
}
