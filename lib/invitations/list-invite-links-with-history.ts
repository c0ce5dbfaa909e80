import "server-only";
import { and, desc, eq, isNotNull, isNull } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { inviteLinks, users } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";
import { inviteLinkColumns, toInviteLinkSummary, type InviteLinkSummary } from "./list-invite-links";
import { readReplica } from "@/lib/read-replica/read-replica";

/** Why a link no longer lets anyone join; a revoked link counts as revoked whatever else is true of it. */
export type PastInviteLinkStatus = "used-up" | "expired" | "revoked";
export type PastInviteLink = InviteLinkSummary & { status: PastInviteLinkStatus; revokedAt: Date | null };

/** How many revoked links the history keeps showing (the newest). */
const REVOKED_SHOWN = 20;

/**
 * invitations:read (owner, manager): the Invitations page's invite links, in one statement (on a read replica when there is one): the links that still work
 * (`live`, newest first) and the `history` of those that do not: used up or expired (all of them, like the API lists
 * them) and the newest revoked ones.
 */
export async function listInviteLinksWithHistory(caller: Caller, slug: string): Promise<{ live: InviteLinkSummary[]; history: PastInviteLink[] }> {
  const db = await getDb();
  const { workspace } = await authorize(db, caller, slug, "invitations:read");
  const select = (replica: Db) =>
    replica
      .select({ ...inviteLinkColumns, revokedAt: inviteLinks.revokedAt })
      .from(inviteLinks)
      .leftJoin(users, eq(users.id, inviteLinks.createdBy));
  const rows = await readReplica((replica) => select(replica)
    .where(and(eq(inviteLinks.workspaceId, workspace.id), isNull(inviteLinks.revokedAt)))
    .orderBy(desc(inviteLinks.createdAt))
    .limit(200)
    .unionAll(
      select(replica)
        .where(and(eq(inviteLinks.workspaceId, workspace.id), isNotNull(inviteLinks.revokedAt)))
        .orderBy(desc(inviteLinks.revokedAt))
        .limit(REVOKED_SHOWN),
    ));
  const now = Date.now();
  const live: InviteLinkSummary[] = [];
  const history: PastInviteLink[] = [];
  for (const { revokedAt, ...row } of rows) {
    const link = toInviteLinkSummary(row, now);
    if (revokedAt) history.push({ ...link, active: false, status: "revoked", revokedAt });
    else if (link.active) live.push(link);
    else history.push({ ...link, status: link.maxUses !== null && link.useCount >= link.maxUses ? "used-up" : "expired", revokedAt: null });
  }
  const newestFirst = (a: { createdAt: Date }, b: { createdAt: Date }) => b.createdAt.getTime() - a.createdAt.getTime();
  return { live: live.sort(newestFirst), history: history.sort(newestFirst) };
}
