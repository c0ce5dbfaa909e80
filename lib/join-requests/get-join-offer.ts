import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { joinRequests, memberships } from "@/db/schema";
import { SLUG_SHAPE } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";
import { findJoinDoor } from "./find-join-door";

export type JoinOffer = {
  workspace: { slug: string; displayName: string };
  via: "invite-link" | "domain";
  /** member: already in (the page goes there); pending: a request waits since `pendingSince`; otherwise they may ask. */
  standing: "member" | "pending" | "may-ask";
  pendingSince: Date | null;
};

/**
 * The signed-in person's way to ask to join (the /join/<slug> page, or the landing of a dead invite link), or null
 * when there is none (findJoinDoor): then the page shows what an unknown workspace would.
 */
export async function getJoinOffer(caller: Caller, target: { slug: string } | { inviteToken: string }): Promise<JoinOffer | null> {
  if ("slug" in target && !SLUG_SHAPE.test(target.slug)) return null;
  const db = await getDb();
  const door = await findJoinDoor(db, caller.userId, target);
  if (!door) return null;
  const [member] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, door.workspace.id), eq(memberships.userId, caller.userId)))
    .limit(1);
  const [pending] = await db
    .select({ createdAt: joinRequests.createdAt })
    .from(joinRequests)
    .where(and(eq(joinRequests.workspaceId, door.workspace.id), eq(joinRequests.userId, caller.userId), eq(joinRequests.status, "pending")))
    .limit(1);
  const workspace = { slug: door.workspace.slug, displayName: door.workspace.displayName };
  return { workspace, via: door.via, standing: member ? "member" : pending ? "pending" : "may-ask", pendingSince: pending?.createdAt ?? null };
}
