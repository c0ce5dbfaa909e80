import { apiHandler } from "@/lib/api/api-handler";
import { memberJson } from "@/lib/api/serializers";
import { listMembers } from "@/lib/members/list-members";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async ({ caller, workspaceSlug, query }) => {
  const { members, page, pageSize, total } = await listMembers(caller, workspaceSlug(), query);
  return { data: members.map(memberJson), page, pageSize, total };
});
