import "server-only";
import { getDb } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { assertPerson } from "@/lib/auth/rules";
import { AppError } from "@/lib/errors";
import type { GitHubClient } from "./github-client";
import { githubAccessToken } from "./prove-github-admin";

/**
 * The signed-in person's own GitHub organizations they are an admin of (for "Create a workspace from a GitHub
 * organization" on /new); null when they never signed in with GitHub or GitHub sign-in is not set up.
 */
export async function listGithubAdminOrganizations(caller: Caller, github?: GitHubClient): Promise<{ organizations: string[] } | { problem: string } | null> {
  assertPerson(caller, "account", "A workspace token cannot list GitHub organizations.");
  if (!github) return null;
  const token = await githubAccessToken(await getDb(), caller.userId);
  if (!token) return null;
  try {
    return { organizations: (await github.listAdminOrganizations(token)).sort() };
  } catch (error) {
    // GitHub down or the token refused: the page still serves the ordinary form, and says why this one is missing.
    if (error instanceof AppError) return { problem: error.message };
    throw error;
  }
}
