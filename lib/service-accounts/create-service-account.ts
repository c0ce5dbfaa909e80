import "server-only";
import { getDb } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { assertCanAssignRole, assertNotPersonal } from "@/lib/auth/rules";
import { assertMemberQuota } from "@/lib/quotas/assert-member-quota";
import { parseInput } from "@/lib/validation";
import { createServiceAccountSchema } from "./schemas";

/**
 * service-accounts:manage (owner, manager): a non-human member (a users row with no email, which cannot sign in) with a
 * role up to manager that the caller may assign; it counts against MAX_MEMBERS. Not in a personal workspace.
 */
export async function createServiceAccount(caller: Caller, slug: string, input: unknown) {
  const data = parseInput(createServiceAccountSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace, role: actorRole } = await authorize(tx, caller, slug, "service-accounts:manage", { lock: true });
    assertNotPersonal(workspace, "shared");
    assertCanAssignRole(actorRole, data.role);
    await assertMemberQuota(tx, workspace.id, 1);
    const [user] = await tx
      .insert(users)
      .values({ name: data.name, email: null, serviceAccount: true })
      .returning({ id: users.id, name: users.name });
    const [membership] = await tx
      .insert(memberships)
      .values({ workspaceId: workspace.id, userId: user.id, role: data.role })
      .returning({ joinedAt: memberships.joinedAt });
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "service_account.created",
      target: { type: "user", id: user.id, label: data.name },
      metadata: { role: data.role },
    });
    return { userId: user.id, name: data.name, role: data.role, joinedAt: membership.joinedAt };
  });
}
