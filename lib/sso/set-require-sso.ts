import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, ssoConnections } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { requireSsoRule } from "@/lib/auth/rules";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { endSessionsOutsideSso } from "./end-sessions-outside-sso";
import { listSsoDomains, loadSsoConnection } from "./load-sso-connection";
import { setRequireSsoSchema } from "./schemas";

/**
 * sso:manage (owners): "Require SSO" on or off (on only per requireSsoRule), with the break-glass owner: the one owner
 * who may still sign in by email link or GitHub while SSO is required (null: nobody). Required, it also ends the
 * sessions of the domain's people that did not come through the connection (endSessionsOutsideSso).
 */
export async function setRequireSso(caller: Caller, slug: string, input: unknown) {
  const { required, breakGlassUserId } = parseInput(setRequireSsoSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "sso:manage", { lock: true });
    const connection = await loadSsoConnection(tx, { workspaceId: workspace.id });
    if (!connection) throw notFound("This workspace has no SSO connection.");
    const domains = await listSsoDomains(tx, workspace.id);
    if (required) {
      const rule = requireSsoRule(connection, domains.length);
      if (!rule.allowed) throw new AppError("CONFLICT", rule.reason);
    }
    if (breakGlassUserId) {
      const [owner] = await tx
        .select({ id: memberships.id })
        .from(memberships)
        .where(and(eq(memberships.workspaceId, workspace.id), eq(memberships.userId, breakGlassUserId), eq(memberships.role, "owner")))
        .limit(1);
      if (!owner) throw new AppError("VALIDATION", "The break-glass account must be an owner of this workspace.", { breakGlassUserId: ["Choose one of the owners."] });
    }
    await tx.update(ssoConnections).set({ requireSso: required, breakGlassUserId, updatedAt: new Date() }).where(eq(ssoConnections.id, connection.id));
    const endedSessions = required ? await endSessionsOutsideSso(tx, connection.id, domains, [caller.userId, ...(breakGlassUserId ? [breakGlassUserId] : [])]) : 0;
    if (required !== connection.requireSso || breakGlassUserId !== connection.breakGlassUserId) {
      await recordActivity(tx, {
        workspaceId: workspace.id,
        actor: callerActor(caller),
        action: required ? "sso.required" : "sso.not_required",
        target: { type: "sso_connection", id: connection.id, label: connection.displayName },
        metadata: { breakGlassUserId, ...(required ? { endedSessions } : {}) },
      });
    }
    return { required, breakGlassUserId, endedSessions };
  });
}
