import { apiHandler } from "@/lib/api/api-handler";
import { declineJoinRequest } from "@/lib/join-requests/decline-join-request";

export const dynamic = "force-dynamic";

export const POST = apiHandler<{ id: string }>(async ({ caller, workspaceSlug, params }) => {
  const declined = await declineJoinRequest(caller, workspaceSlug(), { requestId: params.id });
  return { id: declined.requestId, userId: declined.userId, status: "declined", role: null };
});
