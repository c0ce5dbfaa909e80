import { apiHandler } from "@/lib/api/api-handler";
import { deleteWorkspace } from "@/lib/workspaces/delete-workspace";

export const dynamic = "force-dynamic";

export const DELETE = apiHandler<{ slug: string }>(async ({ caller, params }) => {
  await deleteWorkspace(caller, params.slug, { confirmSlug: params.slug });
  return null;
});
