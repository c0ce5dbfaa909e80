import "server-only";
import { AppError } from "@/lib/errors";
import { createSamlClient, SAML_CLOCK_SKEW_MS, type ExpectedRequest } from "./create-saml-client";
import type { SamlConnection } from "./get-saml-connection";
import { mapSamlClaims, type SamlClaims } from "./map-saml-claims";
import { readSamlResponse } from "./read-saml-response";
import { samlFailure } from "./saml-failure";
import type { SamlSpUrls } from "./saml-sp-urls";

export type VerifiedSamlResponse = {
  claims: SamlClaims;
  /** The assertion's ID, remembered until `expiresAt` so it is accepted once. */
  assertionId: string;
  expiresAt: Date;
  inResponseTo: string | null;
};

type XmlNode = { $?: Record<string, string>; _?: string } & Record<string, unknown>;
const first = (node: unknown, key: string) => (node as Record<string, XmlNode[] | undefined> | undefined)?.[key]?.[0];
const BEARER = "urn:oasis:names:tc:SAML:2.0:cm:bearer";

/**
 * Verifies a posted SAMLResponse for a connection (no database: receive-saml-response does the bookkeeping). node-saml
 * checks the signature (the Response's or the assertion's, with the IdP's certificates), NotBefore / NotOnOrAfter with
 * SAML_CLOCK_SKEW_MS, the Audience, and InResponseTo against `expected` (none: an IdP-initiated response); this adds
 * the Issuer, the Destination and the bearer confirmation's Recipient and NotOnOrAfter, which node-saml leaves alone.
 */
export async function validateSamlResponse(connection: SamlConnection, urls: SamlSpUrls, samlResponse: unknown, expected: ExpectedRequest): Promise<VerifiedSamlResponse> {
  const read = readSamlResponse(samlResponse);
  if (read.inResponseTo !== (expected?.id ?? null)) throw new AppError("SSO_UNKNOWN_REQUEST", "The response answers another sign-in than the one expected.");
  let profile;
  try {
    ({ profile } = await createSamlClient(connection, urls, { expected }).validatePostResponseAsync({ SAMLResponse: Buffer.from(read.xml).toString("base64") }));
  } catch (error) {
    throw samlFailure(error);
  }
  if (!profile) throw new AppError("SSO_RESPONSE_INVALID", "The identity provider answered without signing anyone in.");
  if (connection.samlIdpEntityId && profile.issuer !== connection.samlIdpEntityId) {
    throw new AppError("SSO_WRONG_ISSUER", `The assertion was issued by ${profile.issuer ?? "nobody"}, not by ${connection.samlIdpEntityId}.`);
  }
  if (read.destination && read.destination !== urls.acsUrl) throw new AppError("SSO_WRONG_RECIPIENT", `The response was sent to ${read.destination}, not to ${urls.acsUrl}.`);

  const assertion = (profile.getAssertion?.() as { Assertion?: XmlNode } | undefined)?.Assertion;
  const assertionId = assertion?.$?.ID;
  if (!assertion || !assertionId) throw new AppError("SSO_RESPONSE_INVALID", "The assertion has no ID.");
  const confirmations = ((first(assertion, "Subject") as Record<string, XmlNode[]> | undefined)?.SubjectConfirmation ?? []).filter((c) => c.$?.Method === BEARER);
  const data = confirmations.map((c) => first(c, "SubjectConfirmationData")?.$).filter((d): d is Record<string, string> => Boolean(d));
  if (!data.length) throw new AppError("SSO_RESPONSE_INVALID", "The assertion has no bearer subject confirmation.");
  const now = Date.now();
  const forUs = data.filter((d) => d.Recipient === urls.acsUrl);
  if (!forUs.length) throw new AppError("SSO_WRONG_RECIPIENT", `The assertion's Recipient is ${data[0].Recipient ?? "missing"}, not ${urls.acsUrl}.`);
  const until = forUs.map((d) => Date.parse(d.NotOnOrAfter ?? "")).filter((t) => Number.isFinite(t) && now - SAML_CLOCK_SKEW_MS < t);
  if (!until.length) throw new AppError("SSO_EXPIRED", "The assertion's subject confirmation has expired (or has no NotOnOrAfter).");

  const conditionsUntil = Date.parse(first(assertion, "Conditions")?.$?.NotOnOrAfter ?? "");
  const expiresAt = new Date(Math.max(...until, Number.isFinite(conditionsUntil) ? conditionsUntil : 0) + SAML_CLOCK_SKEW_MS);
  return { claims: mapSamlClaims(profile), assertionId, expiresAt, inResponseTo: read.inResponseTo };
}
