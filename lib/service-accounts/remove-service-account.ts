import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";
import { notFound } from "@/lib/errors";
import { removeMember } from "@/lib/members/remove-member";
import { removeMemberSchema } from "@/lib/members/schemas";
import { parseInput } from "@/lib/validation";

/**
 * service-accounts:manage (owner, manager): removes a service account exactly as the members page does (removeMember:
 * its tokens revoked, one service_account.removed event); an id that is not a service account of the workspace is
 * NOT_FOUND. Checked before removeMember's transaction: a service account never turns into a person.
 */
export async function removeServiceAccount(caller: Caller, slug: string, input: unknown) {
  const { userId } = parseInput(removeMemberSchema, input);
  const db = await getDb();
  const { workspace } = await authorize(db, caller, slug, "service-accounts:manage");
  const [account] = await db
    .select({ id: users.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, workspace.id), eq(memberships.userId, userId), eq(users.serviceAccount, true)))
    .limit(1);
  if (!account) throw notFound("No such service account in this workspace.");
  return removeMember(caller, slug, { userId });
}
