import { apiHandler } from "@/lib/api/api-handler";
import { reactivateMember } from "@/lib/members/reactivate-member";

export const dynamic = "force-dynamic";

export const POST = apiHandler<{ id: string }>(async ({ caller, workspaceSlug, params }) => {
  const result = await reactivateMember(caller, workspaceSlug(), { userId: params.id });
  return { id: result.userId, status: "active", changed: result.changed };
});
