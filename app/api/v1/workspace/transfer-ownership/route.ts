import { apiHandler } from "@/lib/api/api-handler";
import { transferOwnership } from "@/lib/members/transfer-ownership";

export const dynamic = "force-dynamic";

export const POST = apiHandler(async ({ caller, workspaceSlug, body }) => ({
  id: (await transferOwnership(caller, workspaceSlug(), await body())).userId,
  role: "owner",
}));
