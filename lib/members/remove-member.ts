import "server-only";
import { getDb } from "@/db/client";
import { authorize } from "@/lib/auth/authorize";
import { actorName, callerActor, type Caller } from "@/lib/auth/caller";
import { assertCanManageMember, assertNotLastOwner } from "@/lib/auth/rules";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { applyRemoval } from "./apply-member-change";
import { countActiveOwners } from "./count-active-owners";
import { getTargetMember } from "./get-target-member";
import { notifyMember } from "./notify-member";
import { removeMemberSchema } from "./schemas";

/**
 * members:remove. Owners remove anyone but the last owner; managers remove non-owners. Removing yourself is "leave".
 * The removed member's tokens for this workspace, pending email invitation, and the invite links and invitations they
 * created are revoked, a GitHub organization link they made pauses; access ends on their next request. The removal is recorded: only a new email invitation brings
 * them back (invite links and auto-join refuse them). A person removed is emailed once the removal committed.
 */
export async function removeMember(caller: Caller, slug: string, input: unknown) {
  const data = parseInput(removeMemberSchema, input);
  const db = await getDb();
  const { notice, ...result } = await db.transaction(async (tx) => {
    const { workspace, role: actorRole } = await authorize(tx, caller, slug, "members:remove", { lock: true });
    const target = await getTargetMember(tx, workspace.id, data.userId);
    if (target.userId === caller.userId) throw new AppError("FORBIDDEN", "To remove yourself, leave the workspace.");
    assertCanManageMember(actorRole, target.role);
    if (target.role === "owner" && target.active) assertNotLastOwner(await countActiveOwners(tx, workspace.id), target.role);
    const change = { workspace, actor: callerActor(caller), byUserId: caller.userId, actorName: actorName(caller) };
    const { notice } = await applyRemoval(tx, change, target);
    return { userId: target.userId, notice };
  });
  if (notice) await notifyMember(notice);
  return result;
}
