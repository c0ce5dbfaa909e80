import { apiHandler } from "@/lib/api/api-handler";
import { workspaceJson } from "@/lib/api/serializers";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { listWorkspaces } from "@/lib/workspaces/list-workspaces";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async ({ caller }) => {
  const mine = await listWorkspaces(caller);
  return { data: mine.map((m) => workspaceJson(m.workspace, m.role)) };
});

export const POST = apiHandler(
  async ({ caller, body }) => {
    const workspace = await createWorkspace(caller, await body());
    return workspaceJson(workspace, "owner");
  },
  { status: 201 },
);
