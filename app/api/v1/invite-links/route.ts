import { apiHandler } from "@/lib/api/api-handler";
import { createdInviteLinkJson, inviteLinkJson } from "@/lib/api/serializers";
import { createInviteLink } from "@/lib/invitations/create-invite-link";
import { listInviteLinks } from "@/lib/invitations/list-invite-links";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async ({ caller, workspaceSlug }) => {
  return { data: (await listInviteLinks(caller, workspaceSlug())).map(inviteLinkJson) };
});

export const POST = apiHandler(
  async ({ caller, workspaceSlug, body }) => createdInviteLinkJson(await createInviteLink(caller, workspaceSlug(), await body())),
  { status: 201 },
);
