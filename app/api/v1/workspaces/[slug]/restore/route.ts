import { apiHandler } from "@/lib/api/api-handler";
import { workspaceJson } from "@/lib/api/serializers";
import { getWorkspace } from "@/lib/workspaces/get-workspace";
import { restoreWorkspace } from "@/lib/workspaces/restore-workspace";

export const dynamic = "force-dynamic";

export const POST = apiHandler<{ slug: string }>(async ({ caller, params }) => {
  await restoreWorkspace(caller, params.slug);
  const { workspace, role } = await getWorkspace(caller, params.slug);
  return workspaceJson(workspace, role);
});
