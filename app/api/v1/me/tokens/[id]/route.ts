import { apiHandler } from "@/lib/api/api-handler";
import { updatedTokenJson } from "@/lib/api/serializers";
import { revokePersonalToken } from "@/lib/tokens/revoke-personal-token";
import { updatePersonalToken } from "@/lib/tokens/update-personal-token";

export const dynamic = "force-dynamic";

// The path names the token: a tokenId in the body never overrides it.
export const PATCH = apiHandler<{ id: string }>(async ({ caller, params, body }) =>
  updatedTokenJson(await updatePersonalToken(caller, { ...(await body()), tokenId: params.id })),
);

export const DELETE = apiHandler<{ id: string }>(({ caller, params }) => revokePersonalToken(caller, { tokenId: params.id }).then(() => null));
