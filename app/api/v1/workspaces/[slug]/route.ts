import { apiHandler } from "@/lib/api/api-handler";
import { deleteWorkspaceRequest } from "@/lib/api/delete-workspace-request";

export const dynamic = "force-dynamic";

export const DELETE = apiHandler<{ slug: string }>(async ({ caller, params, query, body }) => deleteWorkspaceRequest(caller, params.slug, query, body));
