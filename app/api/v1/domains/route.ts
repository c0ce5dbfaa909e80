import { apiHandler } from "@/lib/api/api-handler";
import { addDnsDomain } from "@/lib/domains/add-dns-domain";
import { listDomains } from "@/lib/domains/list-domains";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async ({ caller, workspaceSlug }) => ({ data: await listDomains(caller, workspaceSlug()) }));

export const POST = apiHandler(async ({ caller, workspaceSlug, body }) => addDnsDomain(caller, workspaceSlug(), await body()));
