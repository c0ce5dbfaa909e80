import "server-only";
import { and, count, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { invitations, inviteLinks } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";
import { parseInput } from "@/lib/validation";
import { removeMemberSchema } from "./schemas";

/**
 * members:remove (what the removal dialog shows): how many live invite links a member created and pending email
 * invitations they sent here, i.e. what removing them revokes. Loaded when the dialog opens, not with the page.
 */
export async function countInvitesSentBy(caller: Caller, slug: string, input: unknown): Promise<{ inviteLinks: number; invitations: number }> {
  const { userId } = parseInput(removeMemberSchema, input);
  const db = await getDb();
  const { workspace } = await authorize(db, caller, slug, "members:remove");
  const [[links], [sent]] = await Promise.all([
    db.select({ n: count() }).from(inviteLinks).where(and(eq(inviteLinks.workspaceId, workspace.id), eq(inviteLinks.createdBy, userId), isNull(inviteLinks.revokedAt))),
    db.select({ n: count() }).from(invitations).where(and(eq(invitations.workspaceId, workspace.id), eq(invitations.invitedBy, userId), eq(invitations.status, "pending"))),
  ]);
  return { inviteLinks: links.n, invitations: sent.n };
}
