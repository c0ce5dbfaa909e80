import "server-only";
import { and, count, eq, gt, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { invitations, memberships } from "@/db/schema";
import { getEnv } from "@/lib/env";
import { quotaExceeded } from "./quota-exceeded";

/**
 * Members + live pending invitations + `adding` stay within MAX_MEMBERS, however someone joins or is invited. Call it
 * with the workspace row locked (authorize with `lock: true`, or lockWorkspace): that serializes the count per workspace.
 * `asOf` decides which invitations are still live (default: the database's now()), so a caller that sorts invitations
 * into live and expired with its own clock counts them the same way here.
 */
export async function assertMemberQuota(tx: Tx, workspaceId: string, adding: number, asOf?: Date): Promise<void> {
  const limit = getEnv().MAX_MEMBERS;
  const [{ members, pending }] = await tx
    .select({
      members: sql<number>`(${tx.select({ n: count() }).from(memberships).where(eq(memberships.workspaceId, workspaceId))})`.mapWith(Number),
      pending: sql<number>`(${tx
        .select({ n: count() })
        .from(invitations)
        .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.status, "pending"), gt(invitations.expiresAt, asOf ?? sql`now()`)))})`.mapWith(Number),
    })
    .from(sql`(select 1) as one`);
  if (members + pending + adding > limit) {
    throw quotaExceeded({
      whoHas: "This workspace has",
      used: members + pending,
      limit,
      things: ["member or invitation", "members or invitations"],
    });
  }
}
