import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { assertCanSetAccessUntil } from "@/lib/auth/rules";
import { parseInput } from "@/lib/validation";
import { getTargetMember } from "./get-target-member";
import { setAccessUntilSchema } from "./schemas";

/**
 * members:set-access-until. Gives a membership an end date ("access until", in the future), moves it, or removes it
 * (null). After it the membership gives no access, evaluated on every request (membershipGivesAccess); a sweep records
 * the end (recordEndedMemberships). Owners have no end date (assertCanSetAccessUntil). Extending an ended membership
 * is reactivating it (reactivateMember).
 */
export async function setMemberAccessUntil(caller: Caller, slug: string, input: unknown) {
  const data = parseInput(setAccessUntilSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace, role: actorRole } = await authorize(tx, caller, slug, "members:set-access-until", { lock: true });
    const target = await getTargetMember(tx, workspace.id, data.userId);
    assertCanSetAccessUntil({ userId: caller.userId, role: actorRole }, target, data.accessUntil);
    const before = target.accessUntil?.getTime() ?? null;
    if (before === (data.accessUntil?.getTime() ?? null)) return { userId: target.userId, accessUntil: target.accessUntil, changed: false };
    await tx.update(memberships).set({ accessUntil: data.accessUntil, accessEndRecordedAt: null }).where(eq(memberships.id, target.membershipId));
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "member.access_until_changed",
      target: { type: "user", id: target.userId, label: target.label },
      metadata: { accessUntil: data.accessUntil?.toISOString() ?? null, previous: target.accessUntil?.toISOString() ?? null },
    });
    return { userId: target.userId, accessUntil: data.accessUntil, changed: true };
  });
}
