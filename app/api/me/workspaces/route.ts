import { problemResponse } from "@/lib/api/problem";
import { configuredGithubClient } from "@/lib/auto-join/github-client";
import { listJoinSuggestions } from "@/lib/auto-join/list-join-suggestions";
import { userCaller } from "@/lib/auth/caller";
import { toAppError } from "@/lib/errors";
import { listMyInvitations } from "@/lib/invitations/list-my-invitations";
import { requireUser } from "@/lib/session/require-user";
import { listSwitcherWorkspaces } from "@/lib/workspaces/list-switcher-workspaces";
import type { SwitcherInvitation, SwitcherSuggestion } from "@/lib/workspaces/to-switcher-workspace";

export const dynamic = "force-dynamic";

/**
 * The switcher's data, loaded when it is opened (signed-in session; the REST API has GET /api/v1/workspaces): workspaces,
 * pending invitations, and the GitHub organizations' join suggestions (they ask GitHub, which the header's one statement
 * cannot; the domain ones come with the page).
 */
export async function GET(request: Request) {
  try {
    const caller = userCaller(await requireUser());
    const github = configuredGithubClient();
    const [workspaces, mine, suggestions] = await Promise.all([listSwitcherWorkspaces(caller), listMyInvitations(caller), github ? listJoinSuggestions(caller, github) : []]);
    const invitations: SwitcherInvitation[] = mine.map(({ id, workspaceName, workspaceSlug, role, inviter }) => ({ id, workspaceName, workspaceSlug, role, inviter }));
    const githubSuggestions: SwitcherSuggestion[] = suggestions.filter((s) => s.reason === "github").map(({ slug, displayName, via }) => ({ slug, displayName, githubOrganization: via }));
    return Response.json({ workspaces, invitations, githubSuggestions }, { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return problemResponse(toAppError(error), new URL(request.url).pathname);
  }
}
