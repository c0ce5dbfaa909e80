import { apiHandler } from "@/lib/api/api-handler";
import { invitationJson } from "@/lib/api/serializers";
import { inviteMembers } from "@/lib/invitations/invite-members";
import { listInvitations } from "@/lib/invitations/list-invitations";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async ({ caller, workspaceSlug }) => {
  return { data: (await listInvitations(caller, workspaceSlug())).map(invitationJson) };
});

export const POST = apiHandler(async ({ caller, workspaceSlug, body }) => {
  return inviteMembers(caller, workspaceSlug(), await body());
});
