import { apiHandler } from "@/lib/api/api-handler";
import { approveJoinRequest } from "@/lib/join-requests/approve-join-request";

export const dynamic = "force-dynamic";

export const POST = apiHandler<{ id: string }>(async ({ caller, workspaceSlug, params, body }) => {
  const approved = await approveJoinRequest(caller, workspaceSlug(), { ...(await body()), requestId: params.id });
  return { id: approved.requestId, userId: approved.userId, status: "approved", role: approved.role };
});
