import "server-only";
import { sql } from "drizzle-orm";
import { executeRows, type Tx } from "@/db/client";
import { CHAIN_GENESIS } from "@/db/schema";
import { contentAround } from "./event-hash";
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

/** The inserted event: what follows it in the same transaction (webhook deliveries) refers to. */
export type RecordedEvent = { id: number; seq: number; hash: string; createdAt: Date };

/** The event's time as it is hashed: UTC with microseconds (event-hash.ts). */
export const HASHED_TIME = (column: ReturnType<typeof sql>) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * Writes one activity event inside the caller's transaction (every mutation calls it), as the next link of its
 * workspace's hash chain, in ONE statement: the upsert of the chain's head row takes that row's lock (held to the end
 * of the transaction, so events of one workspace are numbered in commit order, whether or not the caller locked the
 * workspace: sign-in flows and sweeps do not) and computes the hash from the head's latest committed hash. Then the
 * event's webhook deliveries, in the same transaction.
 */
export async function recordActivity(tx: Tx, input: ActivityInput): Promise<RecordedEvent> {
  const metadata: Record<string, unknown> = JSON.parse(JSON.stringify(input.actor.token ? { ...input.metadata, token: input.actor.token } : (input.metadata ?? {})));
  const target = input.target ? { type: input.target.type, id: input.target.id, label: input.target.label } : null;
  const actor = { type: input.actor.type, id: input.actor.id, label: input.actor.label };
  const { head, middle, tail } = contentAround({ workspaceId: input.workspaceId, action: input.action, actor, target, metadata });
  const time = HASHED_TIME(sql`now()`);
  const hashAfter = (prev: ReturnType<typeof sql>, seq: ReturnType<typeof sql>) =>
    sql`encode(sha256(convert_to(${prev} || ${head}::text || ${time} || ${middle}::text || (${seq})::text || ${tail}::text, 'UTF8')), 'hex')`;
  const [row] = await executeRows<{ id: string | number; seq: string | number; hash: string; created_at: string }>(
    tx,
    sql`with head as (
          insert into activity_chains as c (workspace_id, seq, prev_hash, hash)
          values (${input.workspaceId}::uuid, 1, ${CHAIN_GENESIS}, ${hashAfter(sql`${CHAIN_GENESIS}::text`, sql`1`)})
          on conflict (workspace_id) do update set seq = c.seq + 1, prev_hash = c.hash, hash = ${hashAfter(sql`c.hash`, sql`c.seq + 1`)}
          returning seq, prev_hash, hash
        )
        insert into activity_events (workspace_id, actor_id, actor_type, actor_label, action, target_type, target_id, target_label, metadata, created_at, seq, prev_hash, hash)
        select ${input.workspaceId}::uuid, ${actor.id}::text, ${actor.type}::text, ${actor.label}::text, ${input.action}::text,
               ${target?.type ?? null}::text, ${target?.id ?? null}::text, ${target?.label ?? null}::text,
               ${JSON.stringify(metadata)}::jsonb, now(), head.seq, head.prev_hash, head.hash
        from head
        returning id, seq, hash, ${HASHED_TIME(sql`created_at`)} as created_at`,
  );
  const event = { id: Number(row.id), seq: Number(row.seq), hash: row.hash, createdAt: new Date(row.created_at) };
  await enqueueWebhookDeliveries(tx, { ...input, id: event.id, createdAt: event.createdAt });
  return event;
}
