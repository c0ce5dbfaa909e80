import { apiHandler } from "@/lib/api/api-handler";
import { activityEventJson } from "@/lib/api/serializers";
import { listActivity } from "@/lib/activity/list-activity";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async ({ caller, workspaceSlug, query }) => {
  const { events, nextCursor } = await listActivity(caller, workspaceSlug(), query);
  return { data: events.map(activityEventJson), nextCursor };
});
