import "server-only";
import { getDb } from "@/db/client";
import { authorize } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";
import { readWebhookEndpoints, type WebhookEndpointRow } from "./webhook-endpoint-row";
import { readReplica } from "@/lib/read-replica/read-replica";

/** webhooks:manage (owners, managers): the workspace's webhook endpoints, newest first (never their secrets; on a read replica when there is one). */
export async function listWebhookEndpoints(caller: Caller, slug: string): Promise<WebhookEndpointRow[]> {
  const db = await getDb();
  const { workspace } = await authorize(db, caller, slug, "webhooks:manage");
  return readReplica((replica) => readWebhookEndpoints(replica, workspace.id));
}
