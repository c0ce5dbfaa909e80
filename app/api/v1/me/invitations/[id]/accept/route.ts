import { apiHandler } from "@/lib/api/api-handler";
import { acceptInvitationById } from "@/lib/invitations/accept-invitation-by-id";

export const dynamic = "force-dynamic";

export const POST = apiHandler<{ id: string }>(({ caller, params }) => acceptInvitationById(caller, { invitationId: params.id }));
