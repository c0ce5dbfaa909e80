import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ssoConnections } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { loadSsoConnection } from "./load-sso-connection";
import { setEnabledSchema } from "./schemas";

/** sso:manage (owners): turns the connection on or off. Off, it signs nobody in and its "Require SSO" pauses. */
export async function setSsoEnabled(caller: Caller, slug: string, input: unknown) {
  const { enabled } = parseInput(setEnabledSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "sso:manage", { lock: true });
    const connection = await loadSsoConnection(tx, { workspaceId: workspace.id });
    if (!connection) throw notFound("This workspace has no SSO connection.");
    if (connection.enabled === enabled) return { enabled };
    await tx.update(ssoConnections).set({ enabled, updatedAt: new Date() }).where(eq(ssoConnections.id, connection.id));
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: enabled ? "sso.connection_enabled" : "sso.connection_disabled",
      target: { type: "sso_connection", id: connection.id, label: connection.displayName },
    });
    return { enabled };
  });
}
