import { X509Certificate } from "node:crypto";
import { select } from "xpath";
import { AppError } from "@/lib/errors";
import { parseXml } from "./parse-xml";

export const HTTP_REDIRECT_BINDING = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";

/** What Roster needs from an IdP's SAML metadata. */
export type IdpMetadata = {
  entityId: string;
  /** The SingleSignOnService location for the HTTP-Redirect binding (where AuthnRequests go). */
  ssoUrl: string;
  /** The IdP's signing certificates as PEM (two during a certificate rollover). */
  certificates: string[];
};

const invalid = (message: string, field = "metadata") => new AppError("SSO_METADATA_INVALID", message, { [field]: [message] });

const elements = (node: Node, path: string) => select(path, node) as Element[];

/** Reads the entity id, the HTTP-Redirect sign-in URL and the signing certificates from IdP metadata XML. */
export function parseIdpMetadata(xml: string): IdpMetadata {
  const doc = parseXml(xml.trim());
  if (!doc) throw invalid("The IdP metadata is not well-formed XML.");
  const [idp] = elements(doc, "//*[local-name()='IDPSSODescriptor']");
  if (!idp) throw invalid("The metadata has no IDPSSODescriptor: it is not an identity provider's SAML metadata (an SP's, perhaps?).");
  const entity = idp.parentNode as Element | null;
  const entityId = entity?.localName === "EntityDescriptor" ? entity.getAttribute("entityID")?.trim() : undefined;
  if (!entityId) throw invalid("The metadata names no entityID for the identity provider.");

  const sso = elements(idp, "./*[local-name()='SingleSignOnService']");
  const redirect = sso.find((s) => s.getAttribute("Binding") === HTTP_REDIRECT_BINDING)?.getAttribute("Location")?.trim();
  if (!redirect) {
    throw invalid(
      sso.length
        ? "The IdP offers no sign-in URL for the HTTP-Redirect binding, which Roster uses to send sign-in requests."
        : "The metadata has no SingleSignOnService (sign-in URL).",
    );
  }
  if (!/^https?:\/\//i.test(redirect)) throw invalid(`The IdP's sign-in URL is not an http(s) address: ${redirect}`);

  const keys = elements(idp, "./*[local-name()='KeyDescriptor']").filter((k) => (k.getAttribute("use") ?? "signing") === "signing");
  const texts = keys.flatMap((k) => elements(k, ".//*[local-name()='X509Certificate']").map((c) => (c.textContent ?? "").replace(/\s+/g, "")));
  const certificates = [...new Set(texts.filter(Boolean))].map(toPem);
  if (!certificates.length) throw invalid("The metadata has no signing certificate (KeyDescriptor with an X509Certificate).");
  return { entityId, ssoUrl: redirect, certificates };
}

/** A base64 DER certificate as PEM; refuses what is not an X.509 certificate. */
function toPem(base64: string): string {
  try {
    return new X509Certificate(Buffer.from(base64, "base64")).toString();
  } catch {
    throw invalid("A signing certificate in the metadata is not a valid X.509 certificate.");
  }
}
