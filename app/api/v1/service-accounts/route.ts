import { apiHandler } from "@/lib/api/api-handler";
import { serviceAccountJson } from "@/lib/api/serializers";
import { createServiceAccount } from "@/lib/service-accounts/create-service-account";
import { listServiceAccounts } from "@/lib/service-accounts/list-service-accounts";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async ({ caller, workspaceSlug }) => ({
  data: (await listServiceAccounts(caller, workspaceSlug())).map(serviceAccountJson),
}));

export const POST = apiHandler(
  async ({ caller, workspaceSlug, body }) =>
    serviceAccountJson({ ...(await createServiceAccount(caller, workspaceSlug(), await body())), liveTokens: 0 }),
  { status: 201 },
);
