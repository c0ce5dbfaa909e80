import { apiHandler } from "@/lib/api/api-handler";
import { resendWebhookDelivery } from "@/lib/webhooks/resend-webhook-delivery";

export const dynamic = "force-dynamic";

export const POST = apiHandler<{ id: string; deliveryId: string }>(
  ({ caller, workspaceSlug, params }) => resendWebhookDelivery(caller, workspaceSlug(), { endpointId: params.id, deliveryId: params.deliveryId }),
  { status: 202 },
);
