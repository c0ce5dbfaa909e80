import "server-only";
import type { SsoProtocol } from "@/db/schema";
import type { SsoConnectionWithWorkspace } from "./load-sso-connection";
import { startOidcSignIn } from "./oidc/start-oidc-sign-in";
import { startSamlRequest } from "./saml/start-saml-request";

/** Where a protocol sends the browser to start a sign-in, and what it must remember for the way back. */
export type SsoStart = { redirectTo: string; oidcNonce?: string; oidcCodeVerifier?: string; samlRequestId?: string };

/**
 * The protocol layer's entry point for each protocol: startSsoSignIn calls `start` with the connection and the
 * sign-in's `state` (OIDC state; SAML RelayState), then stores what it returns on the sign-in attempt. The way back
 * is each protocol's own route (OIDC: /sso/<slug>/oidc/callback; SAML: /sso/<slug>/saml/acs), which ends in
 * completeSsoSignIn.
 */
export const SSO_PROTOCOLS: Record<SsoProtocol, { start(connection: SsoConnectionWithWorkspace, state: string): Promise<SsoStart> }> = {
  oidc: { start: startOidcSignIn },
  saml: { start: startSamlRequest },
};
