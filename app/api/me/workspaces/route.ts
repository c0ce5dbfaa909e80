import { problemResponse } from "@/lib/api/problem";
import { userCaller } from "@/lib/auth/caller";
import { requireUser } from "@/lib/session/require-user";
import { toAppError } from "@/lib/errors";
import { listWorkspaces } from "@/lib/workspaces/list-workspaces";
import { toSwitcherWorkspace } from "@/lib/workspaces/to-switcher-workspace";

export const dynamic = "force-dynamic";

/** The switcher's list, loaded when it is opened (signed-in session; the REST API has GET /api/v1/workspaces). */
export async function GET(request: Request) {
  try {
    const mine = await listWorkspaces(userCaller(await requireUser()));
    return Response.json({ workspaces: mine.map(toSwitcherWorkspace) }, { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return problemResponse(toAppError(error), new URL(request.url).pathname);
  }
}
