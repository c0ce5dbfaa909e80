import "server-only";
import { timingSafeEqual } from "node:crypto";
import * as client from "openid-client";
import { completeSsoSignIn, type SsoOutcome } from "@/lib/sso/complete-sso-sign-in";
import { consumeSignInAttempt } from "@/lib/sso/consume-sign-in-attempt";
import { AppError, type ErrorCode } from "@/lib/errors";
import { addressRefusal } from "./address-refusal";
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

/** The IdP's own words (error_description), as the message of SSO_IDP_ERROR: the one refusal whose message /sso-error shows. */
const idpError = (words: string) => new AppError("SSO_IDP_ERROR", words.slice(0, 300));

/** An openid-client failure as the error a person sees. */
export function oidcFailure(error: unknown): AppError {
  // An issuer that now resolves to an address Roster does not call (it was checked when saved): not reachable.
  const refusal = addressRefusal(error);
  if (refusal) return new AppError("SSO_IDP_UNREACHABLE", refusal.message);
  if (error instanceof AppError) return error;
  if (error instanceof client.AuthorizationResponseError || error instanceof client.ResponseBodyError) {
    return idpError(error.error_description ?? error.error);
  }
  const code = (error as { code?: string }).code;
  const claim = failedClaim(error);
  if (code === "OAUTH_JWT_TIMESTAMP_CHECK_FAILED") return new AppError("SSO_EXPIRED", "The ID token is expired or not yet valid.");
  const byClaim: Record<string, ErrorCode> = { nonce: "SSO_NONCE_MISMATCH", aud: "SSO_WRONG_AUDIENCE", azp: "SSO_WRONG_AUDIENCE" };
  if (claim && byClaim[claim]) return new AppError(byClaim[claim], `The ID token's "${claim}" claim is missing or wrong.`);
  if (error instanceof TypeError || code === "OAUTH_TIMEOUT" || (error as { name?: string }).name === "TimeoutError") return new AppError("SSO_IDP_UNREACHABLE", "The identity provider could not be reached.");
  return new AppError("SSO_RESPONSE_INVALID", "The identity provider's answer did not check out.");
}

/**
 * Public: the IdP sent the browser back to /sso/<slug>/oidc/callback. The `state` must be the one this browser
 * started with (its cookie: `browserState`) and an attempt not yet used; then the code is exchanged (PKCE) and the ID
 * token checked by openid-client (signature through the issuer's JWKS, iss, aud, exp, nonce). Email, name and groups
 * come from the ID token, or from userinfo when the token has no email.
 */
export async function finishOidcSignIn(slug: string, callbackUrl: URL, browserState: string | null): Promise<SsoOutcome> {
  const state = callbackUrl.searchParams.get("state");
  if (!state || !browserState || !same(state, browserState)) throw new AppError("SSO_STATE_MISMATCH", "The state does not match this browser's sign-in.");
  const attempt = await consumeSignInAttempt({ state });
  const connection = attempt.connection;
  if (connection.workspace.slug !== slug || connection.protocol !== "oidc" || !connection.oidcIssuer || !connection.oidcClientId) {
    throw new AppError("SSO_STATE_MISMATCH", "The state does not match this browser's sign-in.");
  }
  const refused = callbackUrl.searchParams.get("error");
  if (refused) throw idpError(callbackUrl.searchParams.get("error_description") || refused);
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
    if (!idToken) throw new AppError("SSO_RESPONSE_INVALID", "The identity provider's answer did not check out.");
    const fromUserinfo = idToken.email || !config.serverMetadata().userinfo_endpoint ? {} : await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
    claims = { ...fromUserinfo, ...idToken };
  } catch (error) {
    throw oidcFailure(error);
  }
  return completeSsoSignIn(attempt, { email: claims.email, name: claims.name, groups: claims.groups });
}
