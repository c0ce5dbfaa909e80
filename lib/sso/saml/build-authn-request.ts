import "server-only";
import { randomBytes } from "node:crypto";
import { AppError } from "@/lib/errors";
import { createSamlClient } from "./create-saml-client";
import type { SpKeyPair } from "./create-sp-certificate";
import type { SamlConnection } from "./get-saml-connection";
import type { SamlSpUrls } from "./saml-sp-urls";

/**
 * An SP-initiated AuthnRequest for the HTTP-Redirect binding, signed (SigAlg + Signature, RSA-SHA256) when the
 * connection signs requests. The IdP echoes `relayState` with its response; the request id is what the response's
 * InResponseTo must name, so the caller stores it in sso_sign_in_attempts.saml_request_id.
 */
export async function buildSamlAuthnRequest(
  connection: SamlConnection,
  urls: SamlSpUrls,
  signingKey: SpKeyPair | null,
  relayState: string,
): Promise<{ redirectUrl: string; requestId: string }> {
  if (!connection.samlIdpSsoUrl || !connection.samlIdpCertificates.length) {
    throw new AppError("SSO_METADATA_INVALID", "The SAML connection has no IdP metadata yet: the workspace owner adds it on Settings -> Security.");
  }
  if (connection.samlSignRequests && !signingKey) throw new Error("This connection signs its requests: pass its SP signing key.");
  // An xs:ID must not start with a digit.
  const requestId = `_${randomBytes(20).toString("hex")}`;
  const saml = createSamlClient(connection, urls, { signingKey, requestId });
  const redirectUrl = await saml.getAuthorizeUrlAsync(relayState, undefined, {});
  return { redirectUrl, requestId };
}
