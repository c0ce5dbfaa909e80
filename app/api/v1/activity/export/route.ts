import { apiHandler } from "@/lib/api/api-handler";
import { exportActivity, exportResponse } from "@/lib/activity/export-activity";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async ({ caller, workspaceSlug, query }) => exportResponse(await exportActivity(caller, workspaceSlug(), query)));
