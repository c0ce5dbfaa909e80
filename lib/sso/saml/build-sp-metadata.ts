import "server-only";
import { generateServiceProviderMetadata } from "@node-saml/node-saml";
import type { SpKeyPair } from "./create-sp-certificate";
import type { SamlSpUrls } from "./saml-sp-urls";

export const EMAIL_NAME_ID_FORMAT = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";

/** Roster's SP metadata XML: entity id, ACS URL (HTTP-POST), NameID format emailAddress, and the signing certificate when requests are signed. */
export function buildSpMetadata(urls: SamlSpUrls, signingKey: SpKeyPair | null): string {
  return generateServiceProviderMetadata({
    issuer: urls.entityId,
    callbackUrl: urls.acsUrl,
    identifierFormat: EMAIL_NAME_ID_FORMAT,
    wantAssertionsSigned: true,
    ...(signingKey ? { privateKey: signingKey.privateKeyPem, publicCerts: signingKey.certificatePem, signatureAlgorithm: "sha256" as const } : {}),
  });
}
