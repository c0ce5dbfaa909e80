import { apiHandler } from "@/lib/api/api-handler";
import { suspendMember } from "@/lib/members/suspend-member";

export const dynamic = "force-dynamic";

export const POST = apiHandler<{ id: string }>(async ({ caller, workspaceSlug, params }) => {
  const result = await suspendMember(caller, workspaceSlug(), { userId: params.id });
  return { id: result.userId, status: "suspended", changed: result.changed };
});
