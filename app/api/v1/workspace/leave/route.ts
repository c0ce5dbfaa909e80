import { apiHandler } from "@/lib/api/api-handler";
import { leaveWorkspace } from "@/lib/members/leave-workspace";

export const dynamic = "force-dynamic";

export const POST = apiHandler(({ caller, workspaceSlug }) => leaveWorkspace(caller, workspaceSlug()).then(() => null));
