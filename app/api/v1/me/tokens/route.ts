import { apiHandler } from "@/lib/api/api-handler";
import { createdTokenJson, tokenJson } from "@/lib/api/serializers";
import { createPersonalToken } from "@/lib/tokens/create-personal-token";
import { listPersonalTokens } from "@/lib/tokens/list-personal-tokens";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async ({ caller }) => ({ data: (await listPersonalTokens(caller)).map(tokenJson) }));

export const POST = apiHandler(async ({ caller, body }) => createdTokenJson(await createPersonalToken(caller, await body())), { status: 201 });
