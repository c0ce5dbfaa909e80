import "server-only";
import { and, count, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, workspaces } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { createWorkspaceSchema } from "./schemas";

/** Anyone signed in (not a workspace token) creates a shared workspace and becomes its owner, within MAX_OWNED_WORKSPACES. */
export async function createWorkspace(caller: Caller, input: unknown) {
  const data = parseInput(createWorkspaceSchema, input);
  const env = getEnv();
  if (!env.REGIONS.includes(data.region)) {
    throw new AppError("VALIDATION", "Choose one of the available regions.", { region: ["Choose one of the available regions."] });
  }
  if (caller.workspaceId) throw new AppError("FORBIDDEN", "A workspace token cannot create workspaces.");
  const db = await getDb();
  return db.transaction(async (tx) => {
    // Serialize this user's creations so the quota cannot be overrun by parallel requests.
    await tx.execute(sqlLockUser(caller.userId));
    const [{ owned }] = await tx
      .select({ owned: count() })
      .from(memberships)
      .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
      .where(and(eq(memberships.userId, caller.userId), eq(memberships.role, "owner"), eq(workspaces.personal, false)));
    if (owned >= env.MAX_OWNED_WORKSPACES) {
      throw new AppError(
        "QUOTA_EXCEEDED",
        `You already own ${owned} shared workspaces, the most allowed (${env.MAX_OWNED_WORKSPACES}). Delete one or transfer its ownership first.`,
      );
    }
    const [workspace] = await tx
      .insert(workspaces)
      .values({ slug: data.slug, displayName: data.displayName, region: data.region, createdBy: caller.userId })
      .onConflictDoNothing({ target: workspaces.slug })
      .returning();
    if (!workspace) {
      throw new AppError("CONFLICT", "That slug is already taken.", { slug: ["That slug is already taken."] });
    }
    await tx.insert(memberships).values({ workspaceId: workspace.id, userId: caller.userId, role: "owner" });
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "workspace.created",
      target: { type: "workspace", id: workspace.id, label: workspace.slug },
      metadata: { displayName: workspace.displayName, region: workspace.region },
    });
    return workspace;
  });
}

function sqlLockUser(userId: string) {
  return sql`select pg_advisory_xact_lock(hashtext(${`owned-workspaces:${userId}`}))`;
}
