import { apiHandler } from "@/lib/api/api-handler";
import { myInvitationJson } from "@/lib/api/serializers";
import { listMyInvitations } from "@/lib/invitations/list-my-invitations";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async ({ caller }) => ({ data: (await listMyInvitations(caller)).map(myInvitationJson) }));
