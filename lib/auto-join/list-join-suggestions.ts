import "server-only";
import { and, eq, inArray, isNotNull, isNull, notExists, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberRemovals, memberships, workspaceDomains, workspaces } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { getVerifiedEmail } from "@/lib/users/get-verified-email";
import { assertPerson } from "@/lib/auth/rules";
import { emailDomain } from "@/lib/users/email-domain";
import type { GitHubClient } from "./github-client";
import { githubAccessToken } from "./prove-github-admin";

/** `mode`: "join" joins at once; "request" (domain auto-join asking to join) leads to the request form (/join/<slug>). */
export type JoinSuggestion = { slug: string; displayName: string; reason: "domain" | "github"; via: string; mode: "join" | "request" };

/**
 * The signed-in user's own suggestions: shared workspaces with auto-join on whose domain matches their verified
 * address, or (with a GitHub client) whose linked GitHub organization they belong to (a link proven by its linker and
 * not paused). Never ones they are in or were removed from.
 */
export async function listJoinSuggestions(caller: Caller, github?: GitHubClient): Promise<JoinSuggestion[]> {
  assertPerson(caller, "account", "A workspace token cannot list join suggestions.");
  const { userId } = caller;
  const db = await getDb();
  // Neither a member nor removed from it (a removed member comes back only through a new email invitation).
  const notMember = and(
    notExists(db.select({ one: sql`1` }).from(memberships).where(and(eq(memberships.workspaceId, workspaces.id), eq(memberships.userId, userId)))),
    notExists(db.select({ one: sql`1` }).from(memberRemovals).where(and(eq(memberRemovals.workspaceId, workspaces.id), eq(memberRemovals.userId, userId)))),
  );
  const suggestions: JoinSuggestion[] = [];
  const email = await getVerifiedEmail(db, userId);
  if (email) {
    const domain = emailDomain(email);
    const rows = await db
      .select({ slug: workspaces.slug, displayName: workspaces.displayName, mode: workspaces.domainAutoJoinMode })
      .from(workspaceDomains)
      .innerJoin(workspaces, eq(workspaces.id, workspaceDomains.workspaceId))
      .where(and(eq(workspaceDomains.domain, domain), isNotNull(workspaceDomains.verifiedAt), eq(workspaces.domainAutoJoin, true), eq(workspaces.personal, false), isNull(workspaces.deletedAt), notMember))
      .limit(20);
    suggestions.push(...rows.map((r) => ({ ...r, reason: "domain" as const, via: domain })));
  }
  if (github) {
    const organizations = await listGithubOrganizations(userId, github);
    if (organizations.length) {
      const rows = await db
        .select({ slug: workspaces.slug, displayName: workspaces.displayName, org: workspaces.githubOrganization })
        .from(workspaces)
        .where(and(inArray(workspaces.githubOrganization, organizations), eq(workspaces.githubAutoJoin, true), githubLinkStands, isNull(workspaces.deletedAt), notMember))
        .limit(20);
      for (const r of rows) {
        if (!suggestions.some((s) => s.slug === r.slug)) suggestions.push({ slug: r.slug, displayName: r.displayName, reason: "github", via: r.org!, mode: "join" });
      }
    }
  }
  return suggestions;
}

/** A workspace's GitHub link counts: proven by a linker who is still in the workspace (not paused; links made before proof have none). */
export const githubLinkStands = and(isNotNull(workspaces.githubOrganizationLinkedBy), isNull(workspaces.githubOrganizationPausedAt));

/** The GitHub organizations of a user who signed in with GitHub (empty otherwise). */
export async function listGithubOrganizations(userId: string, github: GitHubClient): Promise<string[]> {
  const token = await githubAccessToken(await getDb(), userId);
  if (!token) return [];
  return (await github.listOrganizations(token)).map((o) => o.toLowerCase());
}
