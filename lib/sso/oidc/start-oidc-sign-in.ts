import "server-only";
import * as client from "openid-client";
import { openSecret } from "@/lib/crypto/secret-box";
import type { SsoConnectionWithWorkspace } from "@/lib/sso/load-sso-connection";
import { OIDC_SECRET_PURPOSE } from "@/lib/sso/save-sso-connection";
import type { SsoStart } from "@/lib/sso/sso-protocols";
import { AppError } from "@/lib/errors";
import { ssoUrls } from "@/lib/sso/sso-urls";
import { oidcConfiguration } from "./oidc-configuration";

/** OpenID Connect: the IdP's authorization URL (authorization code flow, PKCE S256, `state` and a fresh `nonce`). */
export async function startOidcSignIn(connection: SsoConnectionWithWorkspace, state: string): Promise<SsoStart> {
  if (!connection.oidcIssuer || !connection.oidcClientId) throw new AppError("SSO_NO_CONNECTION", "This workspace has no single sign-on connection.");
  let config: client.Configuration;
  try {
    config = await oidcConfiguration(connection.oidcIssuer, connection.oidcClientId, oidcClientSecret(connection));
  } catch {
    throw new AppError("SSO_IDP_UNREACHABLE", "The identity provider could not be reached.");
  }
  const oidcCodeVerifier = client.randomPKCECodeVerifier();
  const oidcNonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: ssoUrls(connection.workspace.slug).oidcRedirectUri,
    scope: connection.oidcScopes,
    code_challenge: await client.calculatePKCECodeChallenge(oidcCodeVerifier),
    code_challenge_method: "S256",
    state,
    nonce: oidcNonce,
  });
  return { redirectTo: url.href, oidcNonce, oidcCodeVerifier };
}

export function oidcClientSecret(connection: { oidcClientSecretEncrypted: string | null }): string | undefined {
  return connection.oidcClientSecretEncrypted ? openSecret(connection.oidcClientSecretEncrypted, OIDC_SECRET_PURPOSE) : undefined;
}
