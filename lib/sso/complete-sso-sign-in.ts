/**
 * The protocol-agnostic end of every SSO sign-in (OIDC callback and SAML ACS alike):
 *
 *   completeSsoSignIn(attempt: SsoAttempt, claims: SsoClaims): Promise<SsoOutcome>
 *
 * - `attempt`: what consumeSignInAttempt returned for the IdP's answer (by OIDC state, or by SAML InResponseTo).
 * - `claims`: what the IdP asserted after the protocol layer verified its answer (signature, issuer, audience, expiry,
 *   nonce or InResponseTo, replay): `{ email, name?, groups? }`.
 * - Returns `{ kind: "signed-in", userId, sessionToken, expires, redirectTo, joined }`: hand it to ssoOutcomeResponse
 *   (lib/sso/sso-responses.ts), which sets Auth.js's session cookie and redirects; or, for an owner's "Test
 *   connection", `{ kind: "tested", attemptId, redirectTo }` (the claims page), having signed nobody in.
 * - Throws an AppError with an SSO_* code (render it with ssoErrorResponse) when the connection is off or gone, the workspace has no
 *   DNS-verified domain, the email is missing or outside those domains, the person was removed, or the workspace is
 *   full. Everything is written in one transaction, so a refusal writes no user, session or membership.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, sessions, ssoConnections, ssoSignInAttempts, users } from "@/db/schema";
import { recordActivity, type Actor } from "@/lib/activity/record-activity";
import { ssoRoleFor } from "@/lib/auth/rules";
import { findVerifiedDomain } from "@/lib/domains/find-verified-domain";
import { AppError } from "@/lib/errors";
import { addMember, lockWorkspace, wasRemoved } from "@/lib/invitations/add-member";
import { assertMemberQuota } from "@/lib/quotas/assert-member-quota";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/session/session-token";
import { emailAddressSchema } from "@/lib/users/email-address";
import { emailDomain } from "@/lib/users/email-domain";
import { createPersonalWorkspace } from "@/lib/workspaces/create-personal-workspace";
import type { SsoAttempt } from "./consume-sign-in-attempt";
import { listSsoDomains } from "./load-sso-connection";

export type SsoClaims = { email: unknown; name?: unknown; groups?: unknown };

export type SsoOutcome =
  | { kind: "signed-in"; userId: string; sessionToken: string; expires: Date; redirectTo: string; joined: boolean }
  | { kind: "tested"; attemptId: string; redirectTo: string };

/** What a test shows the owner: the claims as Roster read them, and what a sign-in would do with them. */
export type SsoTestResult = { email: string; name: string | null; groups: string[]; role: string; domain: string };

const text = (value: unknown, max: number) => (typeof value === "string" && value.trim() ? value.trim().slice(0, max) : null);

/** The claims as Roster keeps them: the address checked and lowercased, a name, at most 200 group names. */
function readClaims(claims: SsoClaims) {
  const email = emailAddressSchema.safeParse(claims.email);
  if (!email.success) throw new AppError("SSO_EMAIL_MISSING", "The identity provider sent no usable email address.");
  const groups = Array.isArray(claims.groups) ? claims.groups.filter((g): g is string => typeof g === "string" && g.length > 0 && g.length <= 200).slice(0, 200) : [];
  return { email: email.data, name: text(claims.name, 100), groups };
}

export async function completeSsoSignIn(attempt: SsoAttempt, claims: SsoClaims): Promise<SsoOutcome> {
  const { email, name, groups } = readClaims(claims);
  const domain = emailDomain(email);
  const workspaceId = attempt.connection.workspaceId;
  const verified = await findVerifiedDomain(domain);
  const db = await getDb();
  if (!verified || verified.workspaceId !== workspaceId) {
    if (!(await listSsoDomains(db, workspaceId)).length) throw new AppError("SSO_UNVERIFIED_DOMAIN", "The workspace has no DNS-verified domain.");
    throw new AppError("SSO_EMAIL_OUTSIDE_DOMAINS", "The asserted address is outside the workspace's verified domains.");
  }
  return db.transaction(async (tx) => {
    const workspace = await lockWorkspace(tx, workspaceId);
    const [connection] = await tx.select().from(ssoConnections).where(eq(ssoConnections.id, attempt.connection.id)).limit(1);
    if (!workspace || !connection) throw new AppError("SSO_NO_CONNECTION", "This workspace has no single sign-on connection.");
    if (attempt.purpose === "sign-in" && !connection.enabled) throw new AppError("SSO_CONNECTION_DISABLED", "This workspace's single sign-on is disabled.");
    const role = ssoRoleFor(connection, groups);
    const via = { via: "sso", connection: connection.displayName, protocol: connection.protocol };

    if (attempt.purpose === "test") {
      const result: SsoTestResult = { email, name, groups, role, domain };
      const [owner] = attempt.userId ? await tx.select({ email: users.email }).from(users).where(eq(users.id, attempt.userId)).limit(1) : [];
      await tx.update(ssoSignInAttempts).set({ result }).where(eq(ssoSignInAttempts.id, attempt.id));
      await tx.update(ssoConnections).set({ testedAt: new Date(), testedBy: attempt.userId }).where(eq(ssoConnections.id, connection.id));
      await recordActivity(tx, {
        workspaceId,
        actor: { type: "user", id: attempt.userId, label: owner?.email ?? "an owner" },
        action: "sso.connection_tested",
        target: { type: "sso_connection", id: connection.id, label: connection.displayName },
        metadata: { ...via, email },
      });
      return { kind: "tested", attemptId: attempt.id, redirectTo: `/sso-test/${attempt.id}` };
    }

    let [user] = await tx.select().from(users).where(eq(users.email, email)).limit(1);
    if (user?.serviceAccount) throw new AppError("SSO_SERVICE_ACCOUNT", "A service account cannot sign in to the web app.");
    if (!user) {
      [user] = await tx.insert(users).values({ email, name, emailVerified: new Date() }).returning();
      await createPersonalWorkspace(tx, user);
    } else if (!user.emailVerified || (!user.name && name)) {
      // An address asserted by the IdP of a verified domain counts as verified.
      await tx.update(users).set({ emailVerified: user.emailVerified ?? new Date(), name: user.name ?? name }).where(eq(users.id, user.id));
    }
    const actor: Actor = { type: "user", id: user.id, label: email };
    const [membership] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, user.id)))
      .limit(1);
    if (!membership) {
      if (await wasRemoved(tx, workspaceId, user.id)) throw new AppError("SSO_REMOVED", "The person was removed from this workspace.");
      try {
        await assertMemberQuota(tx, workspaceId, 1);
      } catch (error) {
        if (error instanceof AppError && error.code === "QUOTA_EXCEEDED") throw new AppError("SSO_WORKSPACE_FULL", "The workspace has reached its member limit.");
        throw error;
      }
      await addMember(tx, workspaceId, user.id, role);
      await recordActivity(tx, { workspaceId, actor, action: "sso.joined", target: { type: "user", id: user.id, label: email }, metadata: { ...via, role } });
    } else if (connection.idpManagesRoles && membership.role !== "owner" && membership.role !== role) {
      await tx.update(memberships).set({ role }).where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, user.id)));
      await recordActivity(tx, {
        workspaceId,
        actor: { type: "system", id: null, label: connection.displayName },
        action: "member.role_changed",
        target: { type: "user", id: user.id, label: email },
        metadata: { ...via, from: membership.role, to: role },
      });
    }
    const sessionToken = randomUUID();
    const expires = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
    await tx.insert(sessions).values({ sessionToken, userId: user.id, expires, ssoConnectionId: connection.id });
    return { kind: "signed-in", userId: user.id, sessionToken, expires, redirectTo: attempt.callbackUrl ?? `/w/${workspace.slug}`, joined: !membership };
  });
}
