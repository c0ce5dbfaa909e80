import { apiHandler } from "@/lib/api/api-handler";
import { revokeInviteLink } from "@/lib/invitations/revoke-invite-link";

export const dynamic = "force-dynamic";

export const DELETE = apiHandler<{ id: string }>(async ({ caller, workspaceSlug, params }) => {
  await revokeInviteLink(caller, workspaceSlug(), { linkId: params.id });
  return null;
});
