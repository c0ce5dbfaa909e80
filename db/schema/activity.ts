import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/** The chain's starting point: the `prev_hash` of a workspace's first event (64 zeros, hex). */
export const CHAIN_GENESIS = "0".repeat(64);

export const activityEvents = pgTable(
  "activity_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    // No foreign key: the trail of a deleted workspace outlives it (for operators; no page shows it).
    workspaceId: uuid("workspace_id").notNull(),
    actorId: text("actor_id"),
    actorType: text("actor_type").$type<"user" | "service_account" | "token" | "system">().notNull().default("user"),
    actorLabel: text("actor_label").notNull(),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    targetLabel: text("target_label"),
    metadata: jsonb("metadata").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    // The hash chain (lib/activity/event-hash.ts): the event's place in its workspace's order, the previous event's
    // hash and its own (SHA-256, hex). Null only on events recorded before the chain existed (before its anchor).
    seq: bigint("seq", { mode: "number" }),
    prevHash: text("prev_hash"),
    hash: text("hash"),
  },
  (t) => [
    index("activity_events_workspace_created_idx").on(t.workspaceId, t.createdAt.desc(), t.id.desc()),
    index("activity_events_workspace_action_idx").on(t.workspaceId, t.action),
    index("activity_events_workspace_actor_idx").on(t.workspaceId, t.actorId, t.createdAt.desc().nullsLast(), t.id.desc().nullsLast()),
    uniqueIndex("activity_events_workspace_seq_idx").on(t.workspaceId, t.seq),
  ],
);

/**
 * The head of each workspace's hash chain: the last event's sequence number and hash (recordActivity advances it in
 * the statement that inserts the event, its row lock ordering the events), and the anchor: the sequence number and
 * hash the kept events start after (0 and the genesis until the retention sweep prunes older events).
 */
export const activityChains = pgTable("activity_chains", {
  // No foreign key, like the events: the chain of a deleted workspace outlives it.
  workspaceId: uuid("workspace_id").primaryKey(),
  seq: bigint("seq", { mode: "number" }).notNull(),
  hash: text("hash").notNull(),
  prevHash: text("prev_hash").notNull(),
  anchorSeq: bigint("anchor_seq", { mode: "number" }).notNull().default(0),
  anchorHash: text("anchor_hash").notNull().default(CHAIN_GENESIS),
});
