import { apiHandler } from "@/lib/api/api-handler";
import { workspaceJson } from "@/lib/api/serializers";
import { deleteWorkspaceRequest } from "@/lib/api/delete-workspace-request";
import { getWorkspace } from "@/lib/workspaces/get-workspace";
import { renameWorkspace } from "@/lib/workspaces/rename-workspace";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async ({ caller, workspaceSlug }) => {
  const { workspace, role } = await getWorkspace(caller, workspaceSlug());
  return workspaceJson(workspace, role);
});

export const PATCH = apiHandler(async ({ caller, workspaceSlug, body }) => {
  const slug = workspaceSlug();
  await renameWorkspace(caller, slug, await body());
  const { workspace, role } = await getWorkspace(caller, slug);
  return workspaceJson(workspace, role);
});

export const DELETE = apiHandler(async ({ caller, workspaceSlug, query, body }) => deleteWorkspaceRequest(caller, workspaceSlug(), query, body));
