import "server-only";
import { SAML, ValidateInResponseTo, type CacheProvider } from "@node-saml/node-saml";
import type { SpKeyPair } from "./create-sp-certificate";
import type { SamlConnection } from "./get-saml-connection";
import type { SamlSpUrls } from "./saml-sp-urls";

/** The clock difference tolerated between the IdP and Roster for NotBefore / NotOnOrAfter. */
export const SAML_CLOCK_SKEW_MS = 2 * 60 * 1000;

/** The request id a response may answer (the pending attempt's), or none for an IdP-initiated response. */
export type ExpectedRequest = { id: string; createdAt: Date; ttlMs: number } | null;

/**
 * A node-saml SP for one connection. Request ids live in sso_sign_in_attempts, not in node-saml's memory: the cache it
 * consults answers for the one expected request only, and saving or removing is the database's job (receive-saml-response).
 */
export function createSamlClient(connection: SamlConnection, urls: SamlSpUrls, options: { signingKey?: SpKeyPair | null; expected?: ExpectedRequest; requestId?: string } = {}) {
  const expected = options.expected ?? null;
  const cacheProvider: CacheProvider = {
    saveAsync: async () => null,
    getAsync: async (key) => (expected && key === expected.id ? expected.createdAt.toISOString() : null),
    removeAsync: async () => null,
  };
  return new SAML({
    issuer: urls.entityId,
    audience: urls.entityId,
    callbackUrl: urls.acsUrl,
    entryPoint: connection.samlIdpSsoUrl ?? undefined,
    idpCert: connection.samlIdpCertificates,
    // Either signature suffices: the whole Response's (it covers the assertion) or the assertion's.
    wantAuthnResponseSigned: false,
    wantAssertionsSigned: false,
    acceptedClockSkewMs: SAML_CLOCK_SKEW_MS,
    // No NameIDPolicy format and no RequestedAuthnContext: the IdP's configured NameID and its own MFA policies apply.
    identifierFormat: null,
    disableRequestedAuthnContext: true,
    validateInResponseTo: expected ? ValidateInResponseTo.always : ValidateInResponseTo.never,
    requestIdExpirationPeriodMs: expected?.ttlMs ?? 0,
    cacheProvider,
    ...(options.requestId ? { generateUniqueId: () => options.requestId! } : {}),
    ...(options.signingKey ? { privateKey: options.signingKey.privateKeyPem, publicCert: options.signingKey.certificatePem, signatureAlgorithm: "sha256" as const } : {}),
  });
}
