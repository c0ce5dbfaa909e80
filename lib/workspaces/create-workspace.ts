import "server-only";

import { getDb } from "@/db/client";
import { memberships, workspaces } from "@/db/schema";
import type { ProvenGithubLink } from "@/lib/auto-join/prove-github-admin";
import { assertOwnershipQuota } from "@/lib/quotas/assert-ownership-quota";
import { recordActivity } from "@/lib/activity/record-activity";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { assertPerson } from "@/lib/auth/rules";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { createWorkspaceSchema } from "./schemas";

/**
 * Anyone signed in (not a workspace token) creates a shared workspace and becomes its owner, within MAX_OWNED_WORKSPACES;
 * `github` (from a GitHub organization, create-workspace-from-github.ts): already linked to it, GitHub auto-join on.
 */
export async function createWorkspace(caller: Caller, input: unknown, github?: ProvenGithubLink) {
  const data = parseInput(createWorkspaceSchema, input);
  if (!getEnv().REGIONS.includes(data.region)) {
    throw new AppError("VALIDATION", "Choose one of the available regions.", { region: ["Choose one of the available regions."] });
  }
  assertPerson(caller, "account", "A workspace token cannot create workspaces.");
  const db = await getDb();
  return db.transaction(async (tx) => {
    await assertOwnershipQuota(tx, caller.userId, { who: "you" });
    const [workspace] = await tx
      .insert(workspaces)
      .values({
        slug: data.slug,
        displayName: data.displayName,
        region: data.region,
        createdBy: caller.userId,
        ...(github && {
          githubOrganization: github.organization,
          githubAutoJoin: true,
          githubOrganizationLinkedBy: github.linkedBy,
          githubOrganizationCheckedAt: github.checkedAt,
        }),
      })
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
    if (github) {
      await recordActivity(tx, {
        workspaceId: workspace.id,
        actor: callerActor(caller),
        action: "auto_join.github_linked",
        target: { type: "workspace", id: workspace.id, label: workspace.slug },
        metadata: { kind: "github", githubOrganization: github.organization },
      });
    }
    return workspace;
  });
}
