import { apiHandler } from "@/lib/api/api-handler";
import { declineInvitationById } from "@/lib/invitations/decline-invitation-by-id";

export const dynamic = "force-dynamic";

export const POST = apiHandler<{ id: string }>(async ({ caller, params }) => ({
  id: (await declineInvitationById(caller, { invitationId: params.id })).invitationId,
}));
