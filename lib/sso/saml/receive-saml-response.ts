import "server-only";
import { and, eq, isNull, lt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ssoSignInAttempts, ssoUsedAssertions } from "@/db/schema";
import { hashSecret } from "@/lib/crypto/secret-token";
import { AppError } from "@/lib/errors";
import { getSamlConnection, type SamlConnection } from "./get-saml-connection";
import type { SamlClaims } from "./map-saml-claims";
import { readSamlResponse } from "./read-saml-response";
import { samlSpUrls } from "./saml-sp-urls";
import { validateSamlResponse } from "./validate-saml-response";

export type SsoSignInAttempt = typeof ssoSignInAttempts.$inferSelect;

/** A verified SAML sign-in, ready for the protocol-agnostic completion (user, session, membership). */
export type ReceivedSamlResponse = {
  workspace: { id: string; slug: string };
  connection: SamlConnection;
  /** The attempt the response answers, now consumed; null for an IdP-initiated sign-in. */
  attempt: SsoSignInAttempt | null;
  claims: SamlClaims;
};

/**
 * Public (the IdP posts it): the ACS. Verifies the response for the workspace's connection, matches it to a pending
 * attempt of that connection (InResponseTo and RelayState; IdP-initiated only when the connection allows it), then in
 * one transaction remembers the assertion id until it expires (a second use is SSO_REPLAYED) and consumes the
 * attempt. A refused response writes nothing.
 */
export async function receiveSamlResponse(slug: string, origin: string, form: { SAMLResponse?: unknown; RelayState?: unknown }): Promise<ReceivedSamlResponse> {
  const db = await getDb();
  const { workspace, connection } = await getSamlConnection(db, slug);
  const { inResponseTo } = readSamlResponse(form.SAMLResponse);

  let attempt: SsoSignInAttempt | null = null;
  if (inResponseTo) {
    [attempt = null] = await db
      .select()
      .from(ssoSignInAttempts)
      .where(and(eq(ssoSignInAttempts.connectionId, connection.id), eq(ssoSignInAttempts.samlRequestId, inResponseTo)));
    if (!attempt) throw new AppError("SSO_UNKNOWN_REQUEST", "The response answers a sign-in this workspace did not start.");
    if (typeof form.RelayState !== "string" || hashSecret(form.RelayState) !== attempt.stateHash) {
      throw new AppError("SSO_UNKNOWN_REQUEST", "The response's RelayState does not belong to the sign-in it answers.");
    }
    if (attempt.expiresAt.getTime() <= Date.now()) throw new AppError("SSO_EXPIRED", "The sign-in took too long at the identity provider: start it again.");
  } else if (!connection.samlAllowIdpInitiated) {
    throw new AppError("SSO_IDP_INITIATED_DISABLED", "This workspace accepts sign-ins started at Roster only.");
  }
  if (!connection.enabled && attempt?.purpose !== "test") throw new AppError("SSO_CONNECTION_DISABLED", "This workspace's single sign-on is disabled.");

  const urls = samlSpUrls(origin, workspace.slug);
  const expected = attempt?.samlRequestId ? { id: attempt.samlRequestId, createdAt: attempt.createdAt, ttlMs: attempt.expiresAt.getTime() - attempt.createdAt.getTime() } : null;
  const verified = await validateSamlResponse(connection, urls, form.SAMLResponse, expected);

  const consumed = await db.transaction(async (tx) => {
    await tx.delete(ssoUsedAssertions).where(and(eq(ssoUsedAssertions.connectionId, connection.id), lt(ssoUsedAssertions.expiresAt, new Date())));
    const [remembered] = await tx
      .insert(ssoUsedAssertions)
      .values({ connectionId: connection.id, assertionId: verified.assertionId, expiresAt: verified.expiresAt })
      .onConflictDoNothing()
      .returning({ assertionId: ssoUsedAssertions.assertionId });
    if (!remembered) throw new AppError("SSO_REPLAYED", "This sign-in response was already used.");
    if (!attempt) return null;
    const [row] = await tx
      .update(ssoSignInAttempts)
      .set({ consumedAt: new Date() })
      .where(and(eq(ssoSignInAttempts.id, attempt.id), isNull(ssoSignInAttempts.consumedAt)))
      .returning();
    if (!row) throw new AppError("SSO_UNKNOWN_REQUEST", "This sign-in was already completed: start it again.");
    return row;
  });
  return { workspace, connection, attempt: consumed, claims: verified.claims };
}
