import { apiHandler } from "@/lib/api/api-handler";
import { webhookDeliveryJson } from "@/lib/api/webhook-serializers";
import { listWebhookDeliveries } from "@/lib/webhooks/list-webhook-deliveries";

export const dynamic = "force-dynamic";

export const GET = apiHandler<{ id: string }>(async ({ caller, workspaceSlug, params, query }) => {
  const { deliveries } = await listWebhookDeliveries(caller, workspaceSlug(), { limit: query.limit, endpointId: params.id });
  return { data: deliveries.map(webhookDeliveryJson) };
});
