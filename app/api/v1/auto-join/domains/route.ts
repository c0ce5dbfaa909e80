import { apiHandler } from "@/lib/api/api-handler";
import { addWorkspaceDomain } from "@/lib/domains/add-workspace-domain";

export const dynamic = "force-dynamic";

export const POST = apiHandler(async ({ caller, workspaceSlug, body }) => addWorkspaceDomain(caller, workspaceSlug(), await body()));
