import { apiHandler } from "@/lib/api/api-handler";
import { joinRequestJson } from "@/lib/api/serializers";
import { listJoinRequests } from "@/lib/join-requests/list-join-requests";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async ({ caller, workspaceSlug }) => {
  return { data: (await listJoinRequests(caller, workspaceSlug())).map(joinRequestJson) };
});
