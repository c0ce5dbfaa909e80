import "server-only";
import { and, asc, desc, eq, gt, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { apiTokens, invitations, inviteLinks, joinRequests, memberships, ssoConnections, users, workspaceDomains, workspaces, type Role } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";
import { membershipGivesAccess } from "@/lib/auth/membership-access";
import { inviteLinkColumns, toInviteLinkSummary, type InviteLinkSummary } from "@/lib/invitations/list-invite-links";
import { readScimTokens, type ScimTokenRow } from "@/lib/scim/list-scim-tokens";
import { tokenRowColumns, type TokenRow } from "@/lib/tokens/token-row";

/** A token is flagged when it has not been used for this long (or, never used, is this old). */
export const STALE_TOKEN_DAYS = 90;

export type TokenFlag = "unused" | "no-expiry" | "holder-gone";
export type AccessToken = TokenRow & { flags: TokenFlag[] };

export type AccessOverview = {
  inviteLinks: InviteLinkSummary[];
  invitations: { id: string; email: string; role: Role; inviter: string | null; expiresAt: Date }[];
  domains: { domain: string; verificationMethod: "dns" | "email"; verifiedAt: Date }[];
  domainAutoJoin: { on: boolean; mode: "join" | "request" };
  github: { organization: string; autoJoin: boolean; paused: boolean; linkedBy: string | null } | null;
  sso: { displayName: string; protocol: string; enabled: boolean; requireSso: boolean } | null;
  tokens: AccessToken[];
  /** Live SCIM tokens: the identity provider provisions people with them. */
  scimTokens: ScimTokenRow[];
  joinRequests: { id: string; person: string; message: string; via: string; createdAt: Date }[];
};

/** Why a token is worth a second look: unused for STALE_TOKEN_DAYS, without an expiry, or its holder no longer gets in. */
export function tokenFlags(token: Pick<TokenRow, "createdAt" | "lastUsedAt" | "expiresAt">, holderActive: boolean, now = Date.now()): TokenFlag[] {
  const staleBefore = now - STALE_TOKEN_DAYS * 24 * 60 * 60 * 1000;
  const flags: TokenFlag[] = [];
  if ((token.lastUsedAt ?? token.createdAt).getTime() < staleBefore) flags.push("unused");
  if (token.expiresAt === null) flags.push("no-expiry");
  if (!holderActive) flags.push("holder-gone");
  return flags;
}

/**
 * access:read (owners, managers): every way into the workspace right now, for Settings -> Access: live invite links,
 * pending unexpired invitations, verified domains and the auto-join switches, the GitHub organization link, the SSO
 * connection (it lets the domain's people in just in time), unrevoked unexpired API tokens with their holders, last
 * use and flags, live SCIM tokens (the identity provider adds people with them), and pending join requests.
 */
export async function getAccessOverview(caller: Caller, slug: string): Promise<AccessOverview> {
  const db = await getDb();
  const { workspace } = await authorize(db, caller, slug, "access:read");
  const now = new Date();
  const [links, pending, domains, [settings], [sso], tokens, requests, scimTokens] = await Promise.all([
    db
      .select(inviteLinkColumns)
      .from(inviteLinks)
      .leftJoin(users, eq(users.id, inviteLinks.createdBy))
      .where(and(eq(inviteLinks.workspaceId, workspace.id), isNull(inviteLinks.revokedAt)))
      .orderBy(desc(inviteLinks.createdAt))
      .limit(200),
    db
      .select({ id: invitations.id, email: invitations.email, role: invitations.role, inviterName: users.name, inviterEmail: users.email, expiresAt: invitations.expiresAt })
      .from(invitations)
      .leftJoin(users, eq(users.id, invitations.invitedBy))
      .where(and(eq(invitations.workspaceId, workspace.id), eq(invitations.status, "pending"), gt(invitations.expiresAt, now)))
      .orderBy(desc(invitations.createdAt))
      .limit(500),
    db
      .select({ domain: workspaceDomains.domain, verificationMethod: workspaceDomains.verificationMethod, verifiedAt: workspaceDomains.verifiedAt })
      .from(workspaceDomains)
      .where(and(eq(workspaceDomains.workspaceId, workspace.id), isNotNull(workspaceDomains.verifiedAt)))
      .orderBy(asc(workspaceDomains.domain)),
    db
      .select({
        domainAutoJoin: workspaces.domainAutoJoin,
        domainAutoJoinMode: workspaces.domainAutoJoinMode,
        githubOrganization: workspaces.githubOrganization,
        githubAutoJoin: workspaces.githubAutoJoin,
        linkedBy: workspaces.githubOrganizationLinkedBy,
        pausedAt: workspaces.githubOrganizationPausedAt,
        linkerName: users.name,
        linkerEmail: users.email,
      })
      .from(workspaces)
      .leftJoin(users, eq(users.id, workspaces.githubOrganizationLinkedBy))
      .where(eq(workspaces.id, workspace.id)),
    db
      .select({ displayName: ssoConnections.displayName, protocol: ssoConnections.protocol, enabled: ssoConnections.enabled, requireSso: ssoConnections.requireSso })
      .from(ssoConnections)
      .where(eq(ssoConnections.workspaceId, workspace.id))
      .limit(1),
    db
      .select({
        ...tokenRowColumns,
        holderActive: sql<boolean>`exists (select 1 from ${memberships} join ${workspaces} on ${workspaces.id} = ${memberships.workspaceId}
          where ${memberships.workspaceId} = ${workspace.id} and ${memberships.userId} = ${apiTokens.userId} and ${membershipGivesAccess})`,
      })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(and(eq(apiTokens.workspaceId, workspace.id), isNull(apiTokens.revokedAt), sql`(${apiTokens.expiresAt} is null or ${apiTokens.expiresAt} > now())`))
      .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
      .limit(500),
    db
      .select({ id: joinRequests.id, name: users.name, email: users.email, message: joinRequests.message, via: joinRequests.via, createdAt: joinRequests.createdAt })
      .from(joinRequests)
      .innerJoin(users, eq(users.id, joinRequests.userId))
      .where(and(eq(joinRequests.workspaceId, workspace.id), eq(joinRequests.status, "pending")))
      .orderBy(asc(joinRequests.createdAt))
      .limit(200),
    readScimTokens(db, workspace.id),
  ]);
  const nowMs = now.getTime();
  return {
    inviteLinks: links.map((row) => toInviteLinkSummary(row, nowMs)).filter((link) => link.active),
    invitations: pending.map(({ inviterName, inviterEmail, ...r }) => ({ ...r, inviter: inviterName ?? inviterEmail })),
    domains: domains.flatMap((d) => (d.verifiedAt ? [{ domain: d.domain, verificationMethod: d.verificationMethod === "dns" ? ("dns" as const) : ("email" as const), verifiedAt: d.verifiedAt }] : [])),
    domainAutoJoin: { on: settings.domainAutoJoin, mode: settings.domainAutoJoinMode },
    github: settings.githubOrganization
      ? {
          organization: settings.githubOrganization,
          autoJoin: settings.githubAutoJoin,
          paused: !settings.linkedBy || settings.pausedAt !== null,
          linkedBy: settings.linkedBy ? (settings.linkerName ?? settings.linkerEmail ?? settings.linkedBy) : null,
        }
      : null,
    sso: sso ?? null,
    tokens: tokens.map(({ holderActive, ...token }) => ({ ...token, flags: tokenFlags(token, Boolean(holderActive), nowMs) })),
    scimTokens,
    joinRequests: requests.map(({ name, email, ...r }) => ({ ...r, person: name ? `${name} (${email ?? ""})` : (email ?? "") })),
  };
}
