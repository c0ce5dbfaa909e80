import "server-only";
import { timingSafeEqual } from "node:crypto";
import * as client from "openid-client";
import { completeSsoSignIn, type SsoOutcome } from "@/lib/sso/complete-sso-sign-in";
import { consumeSignInAttempt } from "@/lib/sso/consume-sign-in-attempt";
import { SsoError, type SsoErrorCode } from "@/lib/sso/sso-error";
import { oidcConfiguration } from "./oidc-configuration";
import { oidcClientSecret } from "./start-oidc-sign-in";

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The JWT claim an openid-client check failed on (a wrong value, or a missing one), found down its chain of causes. */
function failedClaim(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const claim = (e as { claim?: unknown }).claim;
    if (typeof claim === "string") return claim;
    const missing = e instanceof Error ? e.message.match(/^JWT "(\w+)" \(.*\) claim missing$/) : null;
    if (missing) return missing[1];
  }
  return undefined;
}

/** An openid-client failure as the error a person sees. */
export function oidcFailure(error: unknown): SsoError {
  if (error instanceof SsoError) return error;
  if (error instanceof client.AuthorizationResponseError || error instanceof client.ResponseBodyError) {
    return new SsoError("IDP_ERROR", (error.error_description ?? error.error).slice(0, 300));
  }
  const code = (error as { code?: string }).code;
  const claim = failedClaim(error);
  if (code === "OAUTH_JWT_TIMESTAMP_CHECK_FAILED") return new SsoError("EXPIRED");
  const byClaim: Record<string, SsoErrorCode> = { nonce: "NONCE", aud: "AUDIENCE", azp: "AUDIENCE" };
  if (claim && byClaim[claim]) return new SsoError(byClaim[claim]);
  if (error instanceof TypeError || code === "OAUTH_TIMEOUT" || (error as { name?: string }).name === "TimeoutError") return new SsoError("IDP_UNREACHABLE");
  return new SsoError("INVALID_RESPONSE");
}

/**
 * Public: the IdP sent the browser back to /sso/<slug>/oidc/callback. The `state` must be the one this browser
 * started with (its cookie: `browserState`) and an attempt not yet used; then the code is exchanged (PKCE) and the ID
 * token checked by openid-client (signature through the issuer's JWKS, iss, aud, exp, nonce). Email, name and groups
 * come from the ID token, or from userinfo when the token has no email.
 */
export async function finishOidcSignIn(slug: string, callbackUrl: URL, browserState: string | null): Promise<SsoOutcome> {
  const state = callbackUrl.searchParams.get("state");
  if (!state || !browserState || !same(state, browserState)) throw new SsoError("STATE_MISMATCH");
  const attempt = await consumeSignInAttempt({ state });
  const connection = attempt.connection;
  if (connection.workspace.slug !== slug || connection.protocol !== "oidc" || !connection.oidcIssuer || !connection.oidcClientId) {
    throw new SsoError("STATE_MISMATCH");
  }
  const idpError = callbackUrl.searchParams.get("error");
  if (idpError) throw new SsoError("IDP_ERROR", (callbackUrl.searchParams.get("error_description") || idpError).slice(0, 300));
  let claims: Record<string, unknown>;
  try {
    const config = await oidcConfiguration(connection.oidcIssuer, connection.oidcClientId, oidcClientSecret(connection));
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: attempt.oidcCodeVerifier ?? undefined,
      expectedState: state,
      expectedNonce: attempt.oidcNonce ?? undefined,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) throw new SsoError("INVALID_RESPONSE");
    const fromUserinfo = idToken.email || !config.serverMetadata().userinfo_endpoint ? {} : await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
    claims = { ...fromUserinfo, ...idToken };
  } catch (error) {
    throw oidcFailure(error);
  }
  return completeSsoSignIn(attempt, { email: claims.email, name: claims.name, groups: claims.groups });
}
