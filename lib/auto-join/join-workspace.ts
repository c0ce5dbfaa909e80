import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { workspaceDomains, workspaces } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { SLUG_SHAPE } from "@/lib/auth/authorize";
import { assertPerson } from "@/lib/auth/rules";
import { getVerifiedEmail } from "@/lib/users/get-verified-email";
import { AppError } from "@/lib/errors";
import { addMember, isMember, lockWorkspace, wasRemoved } from "@/lib/invitations/add-member";
import { assertMemberQuota } from "@/lib/quotas/assert-member-quota";
import { emailDomain } from "@/lib/users/email-domain";
import type { GitHubClient } from "./github-client";
import { listGithubOrganizations } from "./list-join-suggestions";

/**
 * A signed-in person joins a workspace as member by auto-join: their verified address is on one of its domains
 * (domain auto-join on, in "join" mode), or they belong to its linked GitHub organization (GitHub auto-join on, the link proven and not
 * paused). Re-checked here.
 */
export async function joinWorkspace(caller: Caller, slug: unknown, github?: GitHubClient) {
  assertPerson(caller, "interactive", "Only a person can join a workspace.");
  // NUL or a lone surrogate would fail in PostgreSQL (a 500): no such slug can exist.
  if (typeof slug !== "string" || !SLUG_SHAPE.test(slug)) throw new AppError("NOT_FOUND", "Workspace not found.");
  const db = await getDb();
  const organizations = github ? await listGithubOrganizations(caller.userId, github) : [];
  return db.transaction(async (tx) => {
    const [found] = await tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, slug)).limit(1);
    const workspace = found ? await lockWorkspace(tx, found.id) : null;
    if (!workspace || workspace.personal) throw new AppError("NOT_FOUND", "Workspace not found.");
    if (await isMember(tx, workspace.id, caller.userId)) return { slug: workspace.slug, alreadyMember: true };
    let via: { kind: "domain" | "github"; value: string } | null = null;
    const email = await getVerifiedEmail(tx, caller.userId);
    // In "request" mode a domain match only lets the person ask (requestAccess), never straight in.
    if (workspace.domainAutoJoin && workspace.domainAutoJoinMode === "join" && email) {
      const domains = await tx.select({ domain: workspaceDomains.domain }).from(workspaceDomains).where(and(eq(workspaceDomains.workspaceId, workspace.id), isNotNull(workspaceDomains.verifiedAt)));
      if (domains.some((d) => d.domain === emailDomain(email))) via = { kind: "domain", value: emailDomain(email) };
    }
    if (!via && workspace.githubAutoJoin && workspace.githubOrganization && organizations.includes(workspace.githubOrganization) && workspace.githubOrganizationLinkedBy && !workspace.githubOrganizationPausedAt) {
      via = { kind: "github", value: workspace.githubOrganization };
    }
    // A removed member is not eligible (only a new email invitation brings them back).
    if (via && (await wasRemoved(tx, workspace.id, caller.userId))) via = null;
    // Not eligible looks the same as not existing: auto-join reveals nothing about other workspaces.
    if (!via) throw new AppError("NOT_FOUND", "Workspace not found.");
    await assertMemberQuota(tx, workspace.id, 1);
    await addMember(tx, workspace.id, caller.userId, "member");
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "auto_join.joined",
      target: { type: "user", id: caller.userId, label: caller.label },
      metadata: { via: via.kind, [via.kind === "domain" ? "domain" : "githubOrganization"]: via.value },
    });
    return { slug: workspace.slug, alreadyMember: false };
  });
}

