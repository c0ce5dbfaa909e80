import { apiHandler } from "@/lib/api/api-handler";
import { checkDomain } from "@/lib/domains/check-domain";

export const dynamic = "force-dynamic";

export const POST = apiHandler<{ domain: string }>(({ caller, workspaceSlug, params }) => checkDomain(caller, workspaceSlug(), { domain: params.domain }));
