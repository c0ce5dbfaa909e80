import { apiHandler } from "@/lib/api/api-handler";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";

export const dynamic = "force-dynamic";

export const DELETE = apiHandler<{ id: string }>(async ({ caller, workspaceSlug, params }) => {
  await revokeInvitation(caller, workspaceSlug(), { invitationId: params.id });
  return null;
});
