import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { accounts } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { GitHubClient } from "./github-client";

declare const proven: unique symbol;
/** A GitHub organization its linker was shown to administer just now: only proveGithubAdmin makes one. */
export type ProvenGithubLink = { organization: string; linkedBy: string; checkedAt: Date; readonly [proven]: true };

/** The GitHub OAuth token of a user who signed in with GitHub, or null. */
export async function githubAccessToken(db: DbOrTx, userId: string): Promise<string | null> {
  const [account] = await db
    .select({ accessToken: accounts.access_token })
    .from(accounts)
    .where(and(eq(accounts.userId, userId), eq(accounts.provider, "github")))
    .limit(1);
  return account?.accessToken ?? null;
}

/**
 * Internal (the caller's own GitHub token; before any transaction, as it asks GitHub): the user is an active admin of
 * the organization, or a clear refusal. Linking an organization requires it, so nobody claims another's organization.
 */
export async function proveGithubAdmin(db: DbOrTx, userId: string, organization: string, github: GitHubClient | undefined): Promise<ProvenGithubLink> {
  // Not a 403: the caller's role allows linking; what is missing is the proof (the permission matrix alone answers 403).
  const field = (message: string) => new AppError("VALIDATION", message, { githubOrganization: [message] });
  if (!github) throw field("GitHub sign-in is not set up on this Roster.");
  const token = await githubAccessToken(db, userId);
  if (!token) throw field("Sign in with GitHub to link an organization: Roster checks that you are one of its admins.");
  const membership = await github.getMembership(token, organization);
  if (!membership || membership.state !== "active" || membership.role !== "admin") {
    throw field(`You are not an admin of ${organization} on GitHub: only its admins can link it.`);
  }
  return { organization: membership.organization, linkedBy: userId, checkedAt: new Date() } as ProvenGithubLink;
}
