import "server-only";
import type { SsoConnectionWithWorkspace } from "../load-sso-connection";
import type { SsoStart } from "../sso-protocols";
import { ssoUrls } from "../sso-urls";
import { buildSamlAuthnRequest } from "./build-authn-request";
import { ensureSpSigningKey } from "./ensure-sp-signing-key";

/**
 * SAML's start of a sign-in (lib/sso/sso-protocols.ts): the SP-initiated AuthnRequest (signed when the connection
 * says so) with the sign-in's state as its RelayState; the request id is remembered on the attempt, which the ACS
 * (lib/sso/saml/handle-saml-acs.ts) matches the response's InResponseTo and RelayState against.
 */
export async function startSamlRequest(connection: SsoConnectionWithWorkspace, state: string): Promise<SsoStart> {
  const urls = ssoUrls(connection.workspace.slug);
  const { redirectUrl, requestId } = await buildSamlAuthnRequest(
    connection,
    { entityId: urls.samlEntityId, metadataUrl: urls.samlMetadataUrl, acsUrl: urls.samlAcsUrl },
    await ensureSpSigningKey(connection),
    state,
  );
  return { redirectTo: redirectUrl, samlRequestId: requestId };
}
