import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";
import { listSsoDomains, loadSsoConnection, type SsoConnectionRow } from "./load-sso-connection";
import { ssoUrls } from "./sso-urls";

/** A connection as pages see it: every setting except the secrets (only whether a client secret is stored). */
export type PublicSsoConnection = Omit<SsoConnectionRow, "oidcClientSecretEncrypted" | "samlSpPrivateKeyEncrypted" | "samlIdpMetadataXml"> & {
  hasClientSecret: boolean;
  samlIdpMetadataXml: string | null;
};

export function toPublicConnection(row: SsoConnectionRow): PublicSsoConnection {
  const { oidcClientSecretEncrypted, samlSpPrivateKeyEncrypted, ...rest } = row;
  void samlSpPrivateKeyEncrypted;
  return { ...rest, hasClientSecret: Boolean(oidcClientSecretEncrypted) };
}

/**
 * sso:manage (owners): the Security page's data: the connection (no secrets), the workspace's DNS-verified domains,
 * its owners (the break-glass candidates) and the addresses the IdP admin copies.
 */
export async function getSsoSettings(caller: Caller, slug: string) {
  const db = await getDb();
  const { workspace } = await authorize(db, caller, slug, "sso:manage");
  const [row, domains, owners] = await Promise.all([
    loadSsoConnection(db, { workspaceId: workspace.id }),
    listSsoDomains(db, workspace.id),
    db
      .select({ id: users.id, email: users.email, name: users.name })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.workspaceId, workspace.id), eq(memberships.role, "owner")))
      .orderBy(asc(users.email)),
  ]);
  return {
    workspace: { slug: workspace.slug, personal: workspace.personal },
    connection: row ? toPublicConnection(row) : null,
    domains,
    owners: owners.map((o) => ({ id: o.id, email: o.email ?? "", name: o.name })),
    urls: ssoUrls(workspace.slug),
  };
}

export type SsoSettings = Awaited<ReturnType<typeof getSsoSettings>>;
