import { apiHandler } from "@/lib/api/api-handler";
import { updatedTokenJson } from "@/lib/api/serializers";
import { revokeToken } from "@/lib/tokens/revoke-token";
import { updateToken } from "@/lib/tokens/update-token";

export const dynamic = "force-dynamic";

// The path names the token: a tokenId in the body never overrides it.
export const PATCH = apiHandler<{ id: string }>(async ({ caller, workspaceSlug, params, body }) =>
  updatedTokenJson(await updateToken(caller, workspaceSlug(), { ...(await body()), tokenId: params.id })),
);

export const DELETE = apiHandler<{ id: string }>(({ caller, workspaceSlug, params }) =>
  revokeToken(caller, workspaceSlug(), { tokenId: params.id }).then(() => null),
);
