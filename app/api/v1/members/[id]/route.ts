import { apiHandler } from "@/lib/api/api-handler";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { removeMember } from "@/lib/members/remove-member";

export const dynamic = "force-dynamic";

export const PATCH = apiHandler<{ id: string }>(async ({ caller, workspaceSlug, params, body }) => {
  const { role } = await body();
  const result = await changeMemberRole(caller, workspaceSlug(), { userId: params.id, role });
  return { id: result.userId, role: result.role, changed: result.changed };
});

export const DELETE = apiHandler<{ id: string }>(async ({ caller, workspaceSlug, params }) => {
  await removeMember(caller, workspaceSlug(), { userId: params.id });
  return null;
});
