import { apiHandler } from "@/lib/api/api-handler";
import { removeWorkspaceDomain } from "@/lib/domains/remove-workspace-domain";

export const dynamic = "force-dynamic";

export const DELETE = apiHandler<{ domain: string }>(({ caller, workspaceSlug, params }) =>
  removeWorkspaceDomain(caller, workspaceSlug(), { domain: params.domain }).then(() => null),
);
