import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { users, webhookEndpoints } from "@/db/schema";
import { notFound } from "@/lib/errors";

/** An endpoint as its settings show it (never its secrets). */
export type WebhookEndpointRow = {
  id: string;
  url: string;
  description: string;
  eventTypes: "all" | string[];
  enabled: boolean;
  disabledAt: Date | null;
  disabledReason: string | null;
  failingSince: Date | null;
  /** Until when the previous secret still signs (a rotation's overlap), if it does. */
  previousSecretExpiresAt: Date | null;
  createdAt: Date;
  createdBy: string | null;
};

const columns = {
  id: webhookEndpoints.id,
  url: webhookEndpoints.url,
  description: webhookEndpoints.description,
  eventTypes: webhookEndpoints.eventTypes,
  disabledAt: webhookEndpoints.disabledAt,
  disabledReason: webhookEndpoints.disabledReason,
  failingSince: webhookEndpoints.failingSince,
  previousSecretExpiresAt: webhookEndpoints.previousSecretExpiresAt,
  createdAt: webhookEndpoints.createdAt,
  creatorEmail: users.email,
  creatorName: users.name,
};

type Selected = { [K in keyof typeof columns]: (typeof columns)[K]["_"]["data"] | null } & { id: string; url: string; description: string; createdAt: Date };

function toRow({ creatorEmail, creatorName, eventTypes, previousSecretExpiresAt, ...r }: Selected): WebhookEndpointRow {
  return {
    ...r,
    eventTypes: eventTypes ?? "all",
    enabled: r.disabledAt === null,
    previousSecretExpiresAt: previousSecretExpiresAt && previousSecretExpiresAt > new Date() ? previousSecretExpiresAt : null,
    createdBy: creatorName ?? creatorEmail,
  };
}

/** The workspace's endpoints, newest first. */
export async function readWebhookEndpoints(db: DbOrTx, workspaceId: string): Promise<WebhookEndpointRow[]> {
  const rows = await db
    .select(columns)
    .from(webhookEndpoints)
    .leftJoin(users, eq(users.id, webhookEndpoints.createdBy))
    .where(eq(webhookEndpoints.workspaceId, workspaceId))
    .orderBy(desc(webhookEndpoints.createdAt), desc(webhookEndpoints.id));
  return rows.map((r) => toRow(r as Selected));
}

/** One endpoint of the workspace; NOT_FOUND for another workspace's or none. */
export async function readWebhookEndpoint(db: DbOrTx, workspaceId: string, endpointId: string): Promise<WebhookEndpointRow> {
  const [row] = await db
    .select(columns)
    .from(webhookEndpoints)
    .leftJoin(users, eq(users.id, webhookEndpoints.createdBy))
    .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.workspaceId, workspaceId)));
  if (!row) throw notFound("That webhook endpoint does not exist.");
  return toRow(row as Selected);
}
