import "server-only";
import type { Tx } from "@/db/client";
import { activityEvents } from "@/db/schema";
import { enqueueWebhookDeliveries } from "@/lib/webhooks/enqueue-webhook-deliveries";
import type { ActivityAction } from "./schemas";

export type Actor = {
  type: "user" | "service_account" | "token" | "system";
  /** The person or service account (null for the system). */
  id: string | null;
  label: string;
  /** The API token the call came through, if any: stored in the event's metadata as `token`. */
  token?: { id: string; name: string };
};

export type ActivityInput = {
  workspaceId: string;
  actor: Actor;
  action: ActivityAction;
  target?: { type: string; id: string; label: string };
  metadata?: Record<string, unknown>;
};

/** Writes one activity event inside the caller's transaction (every mutation calls it), and its webhook deliveries. */
export async function recordActivity(tx: Tx, input: ActivityInput): Promise<void> {
  const [event] = await tx
    .insert(activityEvents)
    .values({
      workspaceId: input.workspaceId,
      actorId: input.actor.id,
      actorType: input.actor.type,
      actorLabel: input.actor.label,
      action: input.action,
      targetType: input.target?.type ?? null,
      targetId: input.target?.id ?? null,
      targetLabel: input.target?.label ?? null,
      metadata: input.actor.token ? { ...input.metadata, token: input.actor.token } : (input.metadata ?? {}),
    })
    .returning({ id: activityEvents.id, createdAt: activityEvents.createdAt });
  await enqueueWebhookDeliveries(tx, { ...input, id: event.id, createdAt: event.createdAt });
}
