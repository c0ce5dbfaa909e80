import "server-only";
import { getDb } from "@/db/client";
import { ssoSignInAttempts } from "@/db/schema";
import { createSecretToken, hashSecret } from "@/lib/crypto/secret-token";
import { AppError } from "@/lib/errors";
import { safeCallbackPath } from "@/lib/sign-in/safe-callback-url";
import { buildSamlAuthnRequest } from "./build-authn-request";
import { ensureSpSigningKey } from "./ensure-sp-signing-key";
import { getSamlConnection } from "./get-saml-connection";
import { samlSpUrls } from "./saml-sp-urls";

/** How long a person has at the IdP between leaving Roster and coming back. */
export const SAML_ATTEMPT_TTL_MS = 10 * 60 * 1000;

export type StartSamlSignInOptions = {
  /** "test": an owner's Test connection (signs nobody in; shows the claims). */
  purpose?: "sign-in" | "test";
  callbackUrl?: string | null;
  /** For a test: the owner who started it. */
  userId?: string | null;
};

/**
 * Public (anyone may start signing in): records the attempt (the AuthnRequest id, and the RelayState as its hash) and
 * returns the IdP address to redirect the browser to. A disabled connection starts only tests.
 */
export async function startSamlSignIn(slug: string, origin: string, options: StartSamlSignInOptions = {}) {
  const purpose = options.purpose ?? "sign-in";
  const db = await getDb();
  const { workspace, connection } = await getSamlConnection(db, slug);
  if (!connection.enabled && purpose !== "test") throw new AppError("SSO_CONNECTION_DISABLED", "This workspace's single sign-on is disabled.");
  const relayState = createSecretToken("rs");
  const { redirectUrl, requestId } = await buildSamlAuthnRequest(connection, samlSpUrls(origin, workspace.slug), await ensureSpSigningKey(connection), relayState);
  const [attempt] = await db
    .insert(ssoSignInAttempts)
    .values({
      connectionId: connection.id,
      stateHash: hashSecret(relayState),
      purpose,
      samlRequestId: requestId,
      callbackUrl: safeCallbackPath(options.callbackUrl, `/w/${workspace.slug}`),
      userId: options.userId ?? null,
      expiresAt: new Date(Date.now() + SAML_ATTEMPT_TTL_MS),
    })
    .returning({ id: ssoSignInAttempts.id });
  return { redirectUrl, attemptId: attempt.id, requestId };
}
