import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb, type DbOrTx } from "@/db/client";
import { DOMAIN_AUTO_JOIN_MODES, workspaces } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import type { GitHubClient } from "./github-client";
import { proveGithubAdmin, type ProvenGithubLink } from "./prove-github-admin";

export const setAutoJoinSchema = z.object({
  kind: z.enum(["domain", "github"], { error: "Choose domain or github." }),
  enabled: z.boolean({ error: "enabled must be true or false." }),
  /** Domain auto-join only: "join" lets a matching person in at once, "request" has them ask (a join request). Unchanged when left out. */
  mode: z.enum(DOMAIN_AUTO_JOIN_MODES, { error: 'Choose "join" or "request".' }).optional(),
  githubOrganization: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, "Enter a GitHub organization name.")
    .optional(),
});

type Link = { organization: string | null; linkedBy: string | null; pausedAt: Date | null };

/** A link that stands: proven by a linker still in the workspace (links made before proof have no linker: paused). */
const standing = (link: Link, organization: string) => link.organization === organization && link.linkedBy !== null && link.pausedAt === null;

/**
 * auto-join:manage (owner, manager): turns domain or GitHub-organization auto-join on or off (Modal: a manager can
 * turn it off), and sets domain auto-join's mode: join at once, or ask to join (a join request an owner or manager answers). Linking an organization (a new one, or one whose link is paused) requires that the caller is an admin
 * of it on GitHub (their own GitHub token, asked before the transaction): auto_join.github_linked.
 */
export async function setAutoJoin(caller: Caller, slug: string, input: unknown, github?: GitHubClient) {
  const data = parseInput(setAutoJoinSchema, input);
  const db = await getDb();
  let proof: ProvenGithubLink | null = null;
  if (data.kind === "github" && data.enabled) {
    const { workspace } = await authorize(db, caller, slug, "auto-join:manage");
    if (workspace.personal) throw new AppError("FORBIDDEN", "A personal workspace cannot be shared.");
    const link = await currentLink(db, workspace.id);
    const organization = requireOrganization(data.githubOrganization ?? link.organization);
    if (!standing(link, organization)) proof = await proveGithubAdmin(db, caller.userId, organization, github);
  }
  return db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "auto-join:manage", { lock: true });
    if (workspace.personal) throw new AppError("FORBIDDEN", "A personal workspace cannot be shared.");
    const actor = callerActor(caller);
    const target = { type: "workspace", id: workspace.id, label: workspace.slug };
    if (data.kind === "domain") {
      const [updated] = await tx
        .update(workspaces)
        .set({ domainAutoJoin: data.enabled, ...(data.mode ? { domainAutoJoinMode: data.mode } : {}) })
        .where(eq(workspaces.id, workspace.id))
        .returning({ mode: workspaces.domainAutoJoinMode });
      await recordActivity(tx, { workspaceId: workspace.id, actor, action: data.enabled ? "auto_join.enabled" : "auto_join.disabled", target, metadata: { kind: "domain", mode: updated.mode } });
      return { kind: data.kind, enabled: data.enabled, mode: updated.mode };
    }
    const link = await currentLink(tx, workspace.id);
    if (proof) {
      await tx
        .update(workspaces)
        .set({ githubAutoJoin: true, githubOrganization: proof.organization, githubOrganizationLinkedBy: proof.linkedBy, githubOrganizationCheckedAt: proof.checkedAt, githubOrganizationPausedAt: null })
        .where(eq(workspaces.id, workspace.id));
      await recordActivity(tx, { workspaceId: workspace.id, actor, action: "auto_join.github_linked", target, metadata: { kind: "github", githubOrganization: proof.organization } });
      return { kind: data.kind, enabled: true };
    }
    // Turning on a link that stood before the transaction: it must still stand (its linker may have left meanwhile).
    if (data.enabled && !standing(link, requireOrganization(link.organization))) {
      throw new AppError("CONFLICT", "The GitHub organization link changed meanwhile: reload and link it again.");
    }
    await tx.update(workspaces).set({ githubAutoJoin: data.enabled }).where(eq(workspaces.id, workspace.id));
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor,
      action: data.enabled ? "auto_join.enabled" : "auto_join.disabled",
      target,
      metadata: { kind: "github", ...(link.organization ? { githubOrganization: link.organization } : {}) },
    });
    return { kind: data.kind, enabled: data.enabled };
  });
}

function requireOrganization(organization: string | null | undefined): string {
  if (!organization) throw new AppError("VALIDATION", "Enter the GitHub organization to link.", { githubOrganization: ["Enter the GitHub organization to link."] });
  return organization.toLowerCase();
}

async function currentLink(db: DbOrTx, workspaceId: string): Promise<Link> {
  const [row] = await db
    .select({ organization: workspaces.githubOrganization, linkedBy: workspaces.githubOrganizationLinkedBy, pausedAt: workspaces.githubOrganizationPausedAt })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  return row ?? { organization: null, linkedBy: null, pausedAt: null };
}
