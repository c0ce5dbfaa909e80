import "server-only";
import { randomBytes } from "node:crypto";
import { lt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ssoSignInAttempts } from "@/db/schema";
import { authorize, SLUG_SHAPE } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";
import { hashSecret } from "@/lib/crypto/secret-token";
import { AppError } from "@/lib/errors";
import { safeCallbackPath } from "@/lib/sign-in/safe-callback-url";
import { listSsoDomains, loadSsoConnection } from "./load-sso-connection";
import { SSO_PROTOCOLS } from "./sso-protocols";

/** How long a person has to sign in at the IdP and come back. */
export const SSO_ATTEMPT_MINUTES = 10;

export type StartSsoOptions = { purpose: "sign-in"; callbackUrl?: unknown } | { purpose: "test"; caller: Caller };

/**
 * Public (`sign-in`) or sso:manage (`test`: an owner's "Test connection", which may test a connection that is off):
 * starts a sign-in through the workspace's connection. Remembers the attempt (the state's hash, the protocol's
 * nonce, PKCE verifier or request id) and returns where to send the browser and the state to bind to it (a cookie).
 */
export async function startSsoSignIn(slug: unknown, options: StartSsoOptions): Promise<{ redirectTo: string; state: string }> {
  if (typeof slug !== "string" || !SLUG_SHAPE.test(slug)) throw new AppError("SSO_NO_CONNECTION", "This workspace has no single sign-on connection.");
  const db = await getDb();
  if (options.purpose === "test") {
    try {
      await authorize(db, options.caller, slug, "sso:manage");
    } catch (error) {
      if (error instanceof AppError) throw new AppError("SSO_OWNERS_ONLY", "Only the workspace's owners can test its connection.");
      throw error;
    }
  }
  const connection = await loadSsoConnection(db, { slug });
  if (!connection || connection.workspace.personal) throw new AppError("SSO_NO_CONNECTION", "This workspace has no single sign-on connection.");
  if (options.purpose === "sign-in" && !connection.enabled) throw new AppError("SSO_CONNECTION_DISABLED", "This workspace's single sign-on is disabled.");
  if (!(await listSsoDomains(db, connection.workspaceId)).length) throw new AppError("SSO_UNVERIFIED_DOMAIN", "The workspace has no DNS-verified domain.");
  const state = randomBytes(32).toString("base64url");
  const started = await SSO_PROTOCOLS[connection.protocol].start(connection, state);
  await db.insert(ssoSignInAttempts).values({
    connectionId: connection.id,
    stateHash: hashSecret(state),
    purpose: options.purpose,
    oidcNonce: started.oidcNonce ?? null,
    oidcCodeVerifier: started.oidcCodeVerifier ?? null,
    samlRequestId: started.samlRequestId ?? null,
    callbackUrl: options.purpose === "sign-in" ? safeCallbackPath(options.callbackUrl, `/w/${connection.workspace.slug}`) : null,
    userId: options.purpose === "test" ? options.caller.userId : null,
    expiresAt: new Date(Date.now() + SSO_ATTEMPT_MINUTES * 60_000),
  });
  // Housekeeping: attempts a day past their expiry are of no use, not even to tell "expired" from "unknown".
  await db.delete(ssoSignInAttempts).where(lt(ssoSignInAttempts.expiresAt, new Date(Date.now() - 24 * 3600_000)));
  return { redirectTo: started.redirectTo, state };
}
