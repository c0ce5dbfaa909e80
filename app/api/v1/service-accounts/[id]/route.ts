import { apiHandler } from "@/lib/api/api-handler";
import { removeServiceAccount } from "@/lib/service-accounts/remove-service-account";

export const dynamic = "force-dynamic";

export const DELETE = apiHandler<{ id: string }>(({ caller, workspaceSlug, params }) =>
  removeServiceAccount(caller, workspaceSlug(), { userId: params.id }).then(() => null),
);
