import { apiHandler } from "@/lib/api/api-handler";
import { webhookEndpointJson } from "@/lib/api/webhook-serializers";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import { listWebhookEndpoints } from "@/lib/webhooks/list-webhook-endpoints";

export const dynamic = "force-dynamic";

export const GET = apiHandler(async ({ caller, workspaceSlug }) => ({ data: (await listWebhookEndpoints(caller, workspaceSlug())).map(webhookEndpointJson) }));

export const POST = apiHandler(
  async ({ caller, workspaceSlug, body }) => {
    const { endpoint, secret } = await createWebhookEndpoint(caller, workspaceSlug(), await body());
    return { ...webhookEndpointJson(endpoint), secret };
  },
  { status: 201 },
);
