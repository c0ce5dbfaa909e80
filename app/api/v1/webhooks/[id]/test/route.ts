import { apiHandler } from "@/lib/api/api-handler";
import { sendTestWebhook } from "@/lib/webhooks/send-test-webhook";

export const dynamic = "force-dynamic";

export const POST = apiHandler<{ id: string }>(({ caller, workspaceSlug, params }) => sendTestWebhook(caller, workspaceSlug(), { endpointId: params.id }), { status: 202 });
