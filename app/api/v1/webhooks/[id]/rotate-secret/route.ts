import { apiHandler } from "@/lib/api/api-handler";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";

export const dynamic = "force-dynamic";

export const POST = apiHandler<{ id: string }>(async ({ caller, workspaceSlug, params, body }) => {
  const rotated = await rotateWebhookSecret(caller, workspaceSlug(), { ...(await body()), endpointId: params.id });
  return { ...rotated, previousSecretExpiresAt: rotated.previousSecretExpiresAt?.toISOString() ?? null };
});
