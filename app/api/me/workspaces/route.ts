import { problemResponse } from "@/lib/api/problem";
import { userCaller } from "@/lib/auth/caller";
import { toAppError } from "@/lib/errors";
import { listMyInvitations } from "@/lib/invitations/list-my-invitations";
import { requireUser } from "@/lib/session/require-user";
import { listSwitcherWorkspaces } from "@/lib/workspaces/list-switcher-workspaces";
import type { SwitcherInvitation } from "@/lib/workspaces/to-switcher-workspace";

export const dynamic = "force-dynamic";

/** The switcher's data, loaded when it is opened (signed-in session; the REST API has GET /api/v1/workspaces): workspaces and pending invitations. */
export async function GET(request: Request) {
  try {
    const caller = userCaller(await requireUser());
    const [workspaces, mine] = await Promise.all([listSwitcherWorkspaces(caller), listMyInvitations(caller)]);
    const invitations: SwitcherInvitation[] = mine.map(({ id, workspaceName, workspaceSlug, role, inviter }) => ({ id, workspaceName, workspaceSlug, role, inviter }));
    return Response.json({ workspaces, invitations }, { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return problemResponse(toAppError(error), new URL(request.url).pathname);
  }
}
