import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, type Role } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";
import type { WorkspaceSummary } from "@/lib/auth/membership-columns";
import { notFound } from "@/lib/errors";

export type TokenIdentity = {
  holder: { id: string; name: string | null; email: string | null; serviceAccount: boolean };
  token: { id: string; name: string; kind: "workspace" | "personal"; roleCeiling: Role | null; expiresAt: Date | null } | null;
  /** A workspace token's workspace, with the effective role read now: the lower of its ceiling and the holder's role. */
  workspace: { summary: WorkspaceSummary; role: Role } | null;
};

/**
 * Who the caller acts as (any caller; GET /api/v1/me): the holder, the token (kind, role ceiling, expiry) and, for a
 * workspace token, its workspace and effective role, read from the database like every request's authorization.
 */
export async function getTokenIdentity(caller: Caller): Promise<TokenIdentity> {
  const db = await getDb();
  const [holder] = await db
    .select({ id: users.id, name: users.name, email: users.email, serviceAccount: users.serviceAccount })
    .from(users)
    .where(eq(users.id, caller.userId));
  if (!holder) throw notFound("The token's holder no longer exists.");
  const authorized = caller.workspaceSlug ? await authorize(db, caller, caller.workspaceSlug, "workspace:read") : null;
  return {
    holder,
    token:
      caller.kind === "token" && caller.tokenId
        ? {
            id: caller.tokenId,
            name: caller.tokenName ?? "",
            kind: caller.workspaceId ? "workspace" : "personal",
            roleCeiling: caller.roleCeiling ?? null,
            expiresAt: caller.tokenExpiresAt ?? null,
          }
        : null,
    workspace: authorized ? { summary: authorized.workspace, role: authorized.role } : null,
  };
}
