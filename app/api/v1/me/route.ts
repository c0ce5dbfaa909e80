import { apiHandler } from "@/lib/api/api-handler";
import { identityJson } from "@/lib/api/serializers";
import { getTokenIdentity } from "@/lib/tokens/get-token-identity";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async ({ caller }) => identityJson(await getTokenIdentity(caller)));
