import "server-only";
import { getDb } from "@/db/client";
import { authorize } from "@/lib/auth/authorize";
import { actorName, callerActor, type Caller } from "@/lib/auth/caller";
import { assertCanSuspend } from "@/lib/auth/rules";
import { parseInput } from "@/lib/validation";
import { applySuspension } from "./apply-member-change";
import { countActiveOwners } from "./count-active-owners";
import { getTargetMember } from "./get-target-member";
import { notifyMember } from "./notify-member";
import { suspendMemberSchema } from "./schemas";

/**
 * members:suspend. Owners suspend anyone but the last active owner, managers non-owners, nobody themselves
 * (suspendRule). The membership, its role and its tokens are kept, but from the next request it gives no access: its
 * pages answer as for a non-member, its tokens 401 `SUSPENDED`. Its seat stays taken (the member quota counts it).
 * Suspending a suspended member changes nothing. The member is emailed once the change committed.
 */
export async function suspendMember(caller: Caller, slug: string, input: unknown) {
  const data = parseInput(suspendMemberSchema, input);
  const db = await getDb();
  const { notice, ...result } = await db.transaction(async (tx) => {
    const { workspace, role: actorRole } = await authorize(tx, caller, slug, "members:suspend", { lock: true });
    const target = await getTargetMember(tx, workspace.id, data.userId);
    const owners = target.role === "owner" && target.active ? await countActiveOwners(tx, workspace.id) : 0;
    assertCanSuspend({ userId: caller.userId, role: actorRole }, target, owners);
    const change = { workspace, actor: callerActor(caller), byUserId: caller.userId, actorName: actorName(caller) };
    return { userId: target.userId, ...(await applySuspension(tx, change, target)) };
  });
  if (notice) await notifyMember(notice);
  return result;
}
