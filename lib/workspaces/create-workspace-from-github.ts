import "server-only";
import { getDb } from "@/db/client";
import type { GitHubClient } from "@/lib/auto-join/github-client";
import { proveGithubAdmin } from "@/lib/auto-join/prove-github-admin";
import { setAutoJoinSchema } from "@/lib/auto-join/set-auto-join";
import { assertPerson } from "@/lib/auth/rules";
import type { Caller } from "@/lib/auth/caller";
import { parseInput } from "@/lib/validation";
import { createWorkspace } from "./create-workspace";
import { createWorkspaceSchema } from "./schemas";

export const createWorkspaceFromGithubSchema = createWorkspaceSchema.extend({
  githubOrganization: setAutoJoinSchema.shape.githubOrganization.unwrap(),
});

/**
 * Anyone signed in with GitHub (not a workspace token) creates a shared workspace from a GitHub organization they are
 * an admin of (asked of GitHub with their token): it starts linked to the organization, GitHub auto-join on (Modal).
 */
export async function createWorkspaceFromGithub(caller: Caller, input: unknown, github?: GitHubClient) {
  const { githubOrganization, ...workspace } = parseInput(createWorkspaceFromGithubSchema, input);
  assertPerson(caller, "account", "A workspace token cannot create workspaces.");
  const proof = await proveGithubAdmin(await getDb(), caller.userId, githubOrganization, github);
  return createWorkspace(caller, workspace, proof);
}
