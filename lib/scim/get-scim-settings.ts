import "server-only";
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { scimGroups, scimUsers, ssoConnections, type Role, type SsoGroupRole } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";
import { readScimTokens, type ScimTokenRow } from "./list-scim-tokens";

export type ScimSettings = {
  personal: boolean;
  tokens: ScimTokenRow[];
  /** The role a provisioned person gets (the SSO connection's default role, else member). */
  defaultRole: Role;
  /** The SSO connection's group mapping, which SCIM groups follow too (empty without a connection). */
  groupRoles: SsoGroupRole[];
  hasSsoConnection: boolean;
  provisioned: number;
  groups: number;
};

/** scim:manage (owners): Settings -> Provisioning: the tokens, the roles provisioning gives, and what it created. */
export async function getScimSettings(caller: Caller, slug: string): Promise<ScimSettings> {
  const db = await getDb();
  const { workspace } = await authorize(db, caller, slug, "scim:manage");
  const [tokens, [connection], [{ provisioned }], [{ groups }]] = await Promise.all([
    readScimTokens(db, workspace.id),
    db.select({ defaultRole: ssoConnections.defaultRole, groupRoles: ssoConnections.groupRoles }).from(ssoConnections).where(eq(ssoConnections.workspaceId, workspace.id)).limit(1),
    db.select({ provisioned: count() }).from(scimUsers).where(eq(scimUsers.workspaceId, workspace.id)),
    db.select({ groups: count() }).from(scimGroups).where(eq(scimGroups.workspaceId, workspace.id)),
  ]);
  return {
    personal: workspace.personal,
    tokens,
    defaultRole: connection?.defaultRole ?? "member",
    groupRoles: connection?.groupRoles ?? [],
    hasSsoConnection: Boolean(connection),
    provisioned,
    groups,
  };
}
