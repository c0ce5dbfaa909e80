import { apiHandler } from "@/lib/api/api-handler";
import { resendInvitation } from "@/lib/invitations/resend-invitation";

export const dynamic = "force-dynamic";

export const POST = apiHandler<{ id: string }>(async ({ caller, workspaceSlug, params }) => {
  const { invitationId, expiresAt } = await resendInvitation(caller, workspaceSlug(), { invitationId: params.id });
  return { id: invitationId, expiresAt: expiresAt.toISOString() };
});
