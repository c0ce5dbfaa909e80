import type { z } from "zod";
import { ACTION_LABELS } from "@/lib/activity/describe-event";
import { TEST_EVENT_TYPE, WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/schemas";
import type { WebhookPayload } from "@/lib/webhooks/webhook-payload";
import { webhookPayloadSchema } from "./webhook-schemas";

type JsonSchema = Record<string, unknown>;

const WORKSPACE = { id: "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10", slug: "acme" };
const OWNER = { type: "user" as const, id: "usr_2b9f0c", label: "ada@acme.com" };

/** What an event of this type is made to, for its example (the activity log's target types). */
function exampleTarget(type: string): WebhookPayload["target"] {
  const [subject] = type.split(".");
  const targets: Record<string, WebhookPayload["target"]> = {
    workspace: { type: "workspace", id: WORKSPACE.id, label: "Acme" },
    member: { type: "user", id: "usr_7d41aa", label: "grace@acme.com" },
    invitation: { type: "invitation", id: "0b6e5f2c-1d7a-4e39-8c40-5a2b9e6f1d03", label: "grace@acme.com" },
    invite_link: { type: "invite_link", id: "3c9d1e7f-2a4b-4f60-9b18-7e5c0d2a6f41", label: "Engineering link" },
    token: { type: "token", id: "9a2f4c6e-8b1d-4e3f-a5c7-1d9e0b2f4a68", label: "CI deploy" },
    personal_token: { type: "token", id: "9a2f4c6e-8b1d-4e3f-a5c7-1d9e0b2f4a69", label: "Laptop CLI" },
    webhook: { type: "webhook_endpoint", id: "5e8a0c2d-4f6b-4a19-8d3e-7c1b9f0a2e54", label: "https://example.com/webhooks/roster" },
  };
  return targets[subject] ?? { type: subject, id: "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f", label: subject.replaceAll("_", " ") };
}

function exampleData(type: string): Record<string, unknown> {
  if (type === "member.role_changed") return { from: "member", to: "manager" };
  if (type === "workspace.renamed") return { from: "Acme", to: "Acme Inc." };
  if (type === "invitation.created") return { role: "member" };
  if (type === "token.created") return { role: "member", holder: "ada@acme.com", holderId: OWNER.id, prefix: "rst_4kQ9" };
  if (type === TEST_EVENT_TYPE) return { message: "A test event from Roster's webhook settings." };
  return {};
}

export function webhookExample(type: string): WebhookPayload {
  return { id: "evt_18342", type, timestamp: "2026-12-02T09:30:00.000Z", workspace: WORKSPACE, actor: OWNER, target: exampleTarget(type), data: exampleData(type) };
}

/**
 * The OpenAPI 3.1 `webhooks` section: one entry per event type (the activity actions, and `webhook.test`), each the
 * same payload schema with its own example, and the Standard Webhooks headers Roster sends.
 */
export function webhooksSection(schemaOf: (schema: z.ZodType) => JsonSchema): Record<string, unknown> {
  const schema = schemaOf(webhookPayloadSchema);
  const header = (description: string) => ({ required: true, description, schema: { type: "string" } });
  const entry = (type: string, summary: string) => ({
    post: {
      summary,
      description: `Sent as \`${type}\`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).`,
      parameters: [
        { name: "webhook-id", in: "header", ...header("The event's id: the same on every retry and resend (deduplicate on it).") },
        { name: "webhook-timestamp", in: "header", ...header("Unix seconds when this attempt was signed.") },
        { name: "webhook-signature", in: "header", ...header("`v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated.") },
      ],
      requestBody: { required: true, content: { "application/json": { schema, example: webhookExample(type) } } },
      responses: { "200": { description: "Any 2xx: received." }, "410": { description: "Gone: Roster disables the endpoint." } },
    },
  });
  return Object.fromEntries([
    ...WEBHOOK_EVENT_TYPES.map((type) => [type, entry(type, ACTION_LABELS[type])]),
    [TEST_EVENT_TYPE, entry(TEST_EVENT_TYPE, "Test event (Send test event)")],
  ]);
}
