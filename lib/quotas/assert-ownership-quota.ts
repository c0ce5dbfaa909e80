import "server-only";
import { and, count, eq, isNull, ne, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships, workspaces } from "@/db/schema";
import { getEnv } from "@/lib/env";
import { quotaExceeded } from "./quota-exceeded";

/**
 * A user owns at most MAX_OWNED_WORKSPACES shared workspaces, however they become owner (create, role change,
 * transfer). Serialized per user with a transaction-scoped advisory lock so parallel requests cannot overrun it.
 */
export async function assertOwnershipQuota(tx: Tx, userId: string, options: { who: string; exceptWorkspaceId?: string }) {
  const limit = getEnv().MAX_OWNED_WORKSPACES;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`owned-workspaces:${userId}`}))`);
  const [{ owned }] = await tx
    .select({ owned: count() })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(
      and(
        eq(memberships.userId, userId),
        eq(memberships.role, "owner"),
        eq(workspaces.personal, false),
        // One scheduled for deletion frees its slot; restoring it asserts the quota again (restoreWorkspace).
        isNull(workspaces.deletedAt),
        options.exceptWorkspaceId ? ne(workspaces.id, options.exceptWorkspaceId) : undefined,
      ),
    );
  if (owned >= limit) {
    throw quotaExceeded({
      whoHas: options.who === "you" ? "You have" : `${options.who} has`,
      used: owned,
      limit,
      things: ["owned shared workspace", "owned shared workspaces"],
      remedy: options.who === "you" ? "Delete one or transfer its ownership first." : undefined,
    });
  }
}
