import "server-only";
import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, users, verificationTokens, workspaces } from "@/db/schema";
import { lockActivityChains } from "@/lib/activity/lock-activity-chains";
import { recordActivity } from "@/lib/activity/record-activity";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { membershipIsActiveAs } from "@/lib/auth/membership-access";
import { assertPerson, leaveRefusal } from "@/lib/auth/rules";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { endMembership } from "@/lib/members/end-membership";
import { parseInput } from "@/lib/validation";
import { deleteAccountSchema } from "./schemas";

const ownerCount = sql<number>`(select count(*) from memberships o where o.workspace_id = ${workspaces.id} and o.role = 'owner' and (o.id = ${memberships.id} or ${membershipIsActiveAs("o")}))`.mapWith(Number);

/** "Acme", "Acme and Beta", "Acme, Beta and Gamma". */
const listNames = (names: string[]) => (names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0]);

/**
 * The person signed in (never a token) deletes their account, typing their email to confirm; refused while they are
 * the last owner of a shared workspace (the message names them). They leave every shared workspace the way leaving
 * does (their tokens, invite links and invitations revoked, one event each), their personal workspace is deleted,
 * and so is, for good, a workspace scheduled for deletion that they alone own (nobody would be left to restore it;
 * it does not block them, as it is already on its way out),
 * and their sessions, sign-in links, personal access tokens and avatar go with the user row. One transaction.
 */
export async function deleteAccount(caller: Caller, input: unknown): Promise<{ left: string[]; deleted: string[] }> {
  const data = parseInput(deleteAccountSchema, input);
  assertPerson(caller, "interactive", "An API token cannot delete an account.");
  const db = await getDb();
  return db.transaction(async (tx) => {
    // NO KEY UPDATE: a concurrent join (which holds its workspace's lock and checks this row's key) is not blocked.
    const [user] = await tx.select({ email: users.email, serviceAccount: users.serviceAccount }).from(users).where(eq(users.id, caller.userId)).for("no key update");
    if (!user) throw notFound("Your account no longer exists.");
    if (user.serviceAccount) throw forbidden("A service account is removed by the workspace's owners and managers.");
    if (!user.email || data.confirmEmail.trim().toLowerCase() !== user.email.toLowerCase()) {
      throw new AppError("VALIDATION", "Type your email address to confirm.", { confirmEmail: ["Type your email address to confirm."] });
    }
    // Lock every workspace they belong to (in id order, as leaving and ownership changes lock them), then read the
    // memberships in a new statement, so each owner count sees every change committed before the lock.
    const mine = tx.select({ id: memberships.workspaceId }).from(memberships).where(eq(memberships.userId, caller.userId));
    await tx.select({ id: workspaces.id }).from(workspaces).where(inArray(workspaces.id, mine)).orderBy(asc(workspaces.id)).for("update");
    const rows = await tx
      .select({ workspaceId: workspaces.id, slug: workspaces.slug, displayName: workspaces.displayName, personal: workspaces.personal, deletedAt: workspaces.deletedAt, membershipId: memberships.id, role: memberships.role, ownerCount })
      .from(memberships)
      .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
      .where(eq(memberships.userId, caller.userId))
      .orderBy(asc(workspaces.displayName), asc(workspaces.slug));
    const lastOwned = rows.filter((r) => leaveRefusal(r, r.role, r.ownerCount) === "last-owner");
    const blocked = lastOwned.filter((r) => !r.deletedAt);
    const orphaned = lastOwned.filter((r) => r.deletedAt);
    if (blocked.length > 0) {
      throw new AppError(
        "LAST_OWNER",
        `You are the last owner of ${listNames(blocked.map((r) => r.displayName))}. Transfer ownership or delete ${blocked.length > 1 ? "those workspaces" : "it"} first.`,
      );
    }
    const actor = callerActor(caller);
    await lockActivityChains(tx, rows.map((r) => r.workspaceId));
    const shared = rows.filter((r) => !r.personal && !orphaned.includes(r));
    const personal = rows.filter((r) => r.personal);
    for (const r of shared) {
      await endMembership(tx, { workspaceId: r.workspaceId, membershipId: r.membershipId, userId: caller.userId, label: caller.label, role: r.role }, actor, "member.account_deleted");
    }
    for (const r of personal) {
      // The trail outlives the workspace (for operators), like any deleted workspace's.
      await recordActivity(tx, { workspaceId: r.workspaceId, actor, action: "workspace.deleted", target: { type: "workspace", id: r.workspaceId, label: r.slug }, metadata: { displayName: r.displayName, reason: "account_deleted" } });
    }
    if (personal.length) await tx.delete(workspaces).where(and(inArray(workspaces.id, personal.map((r) => r.workspaceId)), eq(workspaces.personal, true)));
    for (const r of orphaned) {
      await recordActivity(tx, { workspaceId: r.workspaceId, actor, action: "workspace.deleted", target: { type: "workspace", id: r.workspaceId, label: r.slug }, metadata: { displayName: r.displayName, reason: "account_deleted" } });
    }
    if (orphaned.length) await tx.delete(workspaces).where(and(inArray(workspaces.id, orphaned.map((r) => r.workspaceId)), isNotNull(workspaces.deletedAt)));
    await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, user.email));
    // Sessions, GitHub accounts, personal access tokens, the avatar and removal records cascade with the row.
    await tx.delete(users).where(eq(users.id, caller.userId));
    return { left: shared.map((r) => r.slug), deleted: [...personal, ...orphaned].map((r) => r.slug) };
  });
}
