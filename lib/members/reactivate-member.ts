import "server-only";
import { getDb } from "@/db/client";
import { authorize } from "@/lib/auth/authorize";
import { actorName, callerActor, type Caller } from "@/lib/auth/caller";
import { assertCanReactivate } from "@/lib/auth/rules";
import { parseInput } from "@/lib/validation";
import { applyReactivation } from "./apply-member-change";
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
    const change = { workspace, actor: callerActor(caller), byUserId: caller.userId, actorName: actorName(caller) };
    return { userId: target.userId, ...(await applyReactivation(tx, change, target)) };
  });
  if (notice) await notifyMember(notice);
  return result;
}
