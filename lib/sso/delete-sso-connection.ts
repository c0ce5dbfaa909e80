import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ssoConnections } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { notFound } from "@/lib/errors";
import { loadSsoConnection } from "./load-sso-connection";

/** sso:manage (owners): deletes the connection (its sign-ins in progress with it). Members keep their memberships. */
export async function deleteSsoConnection(caller: Caller, slug: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "sso:manage", { lock: true });
    const connection = await loadSsoConnection(tx, { workspaceId: workspace.id });
    if (!connection) throw notFound("This workspace has no SSO connection.");
    await tx.delete(ssoConnections).where(eq(ssoConnections.id, connection.id));
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "sso.connection_deleted",
      target: { type: "sso_connection", id: connection.id, label: connection.displayName },
    });
    return { deleted: true };
  });
}
