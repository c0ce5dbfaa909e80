import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

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
  },
  (t) => [
    index("activity_events_workspace_created_idx").on(t.workspaceId, t.createdAt.desc(), t.id.desc()),
    index("activity_events_workspace_action_idx").on(t.workspaceId, t.action),
    index("activity_events_workspace_actor_idx").on(t.workspaceId, t.actorId, t.createdAt.desc().nullsLast(), t.id.desc().nullsLast()),
  ],
);
