import "server-only";
import { and, eq, gt, isNull, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ssoSignInAttempts } from "@/db/schema";
import { hashSecret } from "@/lib/crypto/secret-token";
import { loadSsoConnection, type SsoConnectionWithWorkspace } from "./load-sso-connection";
import { AppError } from "@/lib/errors";

/** A sign-in through a connection on its way back from the IdP (consumed: it cannot be completed again). */
export type SsoAttempt = {
  id: string;
  purpose: "sign-in" | "test";
  /** For a test: the owner who started it. */
  userId: string | null;
  callbackUrl: string | null;
  oidcNonce: string | null;
  oidcCodeVerifier: string | null;
  samlRequestId: string | null;
  connection: SsoConnectionWithWorkspace;
};

/**
 * Takes the attempt an IdP's answer belongs to, once: by the OIDC `state` (or SAML RelayState), or by the SAML
 * request id the answer is InResponseTo (within its connection). Unknown: SSO_UNKNOWN_REQUEST (SAML) or SSO_STATE_MISMATCH;
 * already taken: SSO_REPLAYED; too old: SSO_EXPIRED.
 */
export async function consumeSignInAttempt(by: { state: string } | { samlRequestId: string; connectionId: string }): Promise<SsoAttempt> {
  const key: SQL =
    "state" in by
      ? eq(ssoSignInAttempts.stateHash, hashSecret(by.state))
      : and(eq(ssoSignInAttempts.samlRequestId, by.samlRequestId), eq(ssoSignInAttempts.connectionId, by.connectionId))!;
  const db = await getDb();
  const [taken] = await db
    .update(ssoSignInAttempts)
    .set({ consumedAt: new Date() })
    .where(and(key, isNull(ssoSignInAttempts.consumedAt), gt(ssoSignInAttempts.expiresAt, new Date())))
    .returning();
  if (!taken) {
    const [seen] = await db.select({ consumedAt: ssoSignInAttempts.consumedAt }).from(ssoSignInAttempts).where(key).limit(1);
    if (!seen && "state" in by) throw new AppError("SSO_STATE_MISMATCH", "The state matches no sign-in started here.");
    if (!seen) throw new AppError("SSO_UNKNOWN_REQUEST", "The answer matches no sign-in started here.");
    if (seen.consumedAt) throw new AppError("SSO_REPLAYED", "The sign-in attempt was already used.");
    throw new AppError("SSO_EXPIRED", "The sign-in attempt expired.");
  }
  const connection = await loadSsoConnection(db, { connectionId: taken.connectionId });
  if (!connection) throw new AppError("SSO_NO_CONNECTION", "This workspace has no single sign-on connection.");
  return {
    id: taken.id,
    purpose: taken.purpose === "test" ? "test" : "sign-in",
    userId: taken.userId,
    callbackUrl: taken.callbackUrl,
    oidcNonce: taken.oidcNonce,
    oidcCodeVerifier: taken.oidcCodeVerifier,
    samlRequestId: taken.samlRequestId,
    connection,
  };
}
