import { apiHandler } from "@/lib/api/api-handler";
import { chainVerificationJson } from "@/lib/api/serializers";
import { verifyActivity } from "@/lib/activity/verify-activity";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async ({ caller, workspaceSlug }) => chainVerificationJson(await verifyActivity(caller, workspaceSlug())));
