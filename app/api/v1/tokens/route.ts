import { apiHandler } from "@/lib/api/api-handler";
import { createdTokenJson, tokenJson } from "@/lib/api/serializers";
import { createToken } from "@/lib/tokens/create-token";
import { listTokens } from "@/lib/tokens/list-tokens";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async ({ caller, workspaceSlug }) => {
  const { tokens, manageAll } = await listTokens(caller, workspaceSlug());
  return { data: tokens.map(tokenJson), manageAll };
});

export const POST = apiHandler(
  async ({ caller, workspaceSlug, body }) => createdTokenJson(await createToken(caller, workspaceSlug(), await body())),
  { status: 201 },
);
