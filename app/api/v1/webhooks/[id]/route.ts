import { apiHandler } from "@/lib/api/api-handler";
import { webhookEndpointJson } from "@/lib/api/webhook-serializers";
import { deleteWebhookEndpoint } from "@/lib/webhooks/delete-webhook-endpoint";
import { updateWebhookEndpoint } from "@/lib/webhooks/update-webhook-endpoint";

export const dynamic = "force-dynamic";

// The path names the endpoint: an endpointId in the body never overrides it.
export const PATCH = apiHandler<{ id: string }>(async ({ caller, workspaceSlug, params, body }) =>
  webhookEndpointJson(await updateWebhookEndpoint(caller, workspaceSlug(), { ...(await body()), endpointId: params.id })),
);

export const DELETE = apiHandler<{ id: string }>(({ caller, workspaceSlug, params }) =>
  deleteWebhookEndpoint(caller, workspaceSlug(), { endpointId: params.id }).then(() => null),
);
