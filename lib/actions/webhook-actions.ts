"use server";

import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import { deleteWebhookEndpoint } from "@/lib/webhooks/delete-webhook-endpoint";
import { resendWebhookDelivery } from "@/lib/webhooks/resend-webhook-delivery";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";
import {
  createWebhookEndpointSchema,
  rotateWebhookSecretSchema,
  updateWebhookEndpointSchema,
  webhookDeliveryIdSchema,
  webhookEndpointIdSchema,
} from "@/lib/webhooks/schemas";
import { sendTestWebhook } from "@/lib/webhooks/send-test-webhook";
import { updateWebhookEndpoint } from "@/lib/webhooks/update-webhook-endpoint";
import { workspaceAction } from "./factories";

/** The secret goes to the browser once, with the endpoint's id; nothing else about the row. */
export const createWebhookEndpointAction = workspaceAction(createWebhookEndpoint, {
  input: createWebhookEndpointSchema,
  revalidate: "settings",
  result: (created) => ({ id: created.endpoint.id, secret: created.secret }),
});

export const updateWebhookEndpointAction = workspaceAction(updateWebhookEndpoint, { input: updateWebhookEndpointSchema, revalidate: "settings", result: (e) => ({ id: e.id }) });

export const deleteWebhookEndpointAction = workspaceAction(deleteWebhookEndpoint, { input: webhookEndpointIdSchema, revalidate: "settings" });

export const rotateWebhookSecretAction = workspaceAction(rotateWebhookSecret, {
  input: rotateWebhookSecretSchema,
  revalidate: "settings",
  result: (r) => ({ secret: r.secret, previousSecretExpiresAt: r.previousSecretExpiresAt?.toISOString() ?? null }),
});

export const sendTestWebhookAction = workspaceAction(sendTestWebhook, { input: webhookEndpointIdSchema, revalidate: "settings" });

export const resendWebhookDeliveryAction = workspaceAction(resendWebhookDelivery, { input: webhookDeliveryIdSchema, revalidate: "settings" });
