import { AppError } from "@/lib/errors";
import { parseXml } from "./parse-xml";

/** A posted SAMLResponse at most this large (base64), so a huge body is refused before any XML work. */
export const SAML_RESPONSE_MAX_CHARS = 512 * 1024;

const unreadable = (message: string) => new AppError("SSO_RESPONSE_INVALID", message);

/**
 * The posted SAMLResponse decoded, with what routing needs before verification (InResponseTo, Destination). Nothing
 * here is trusted: validateSamlResponse verifies the signature and everything the decision rests on.
 */
export function readSamlResponse(samlResponse: unknown): { xml: string; inResponseTo: string | null; destination: string | null } {
  if (typeof samlResponse !== "string" || !samlResponse.trim()) throw unreadable("No SAMLResponse was posted: start the sign-in again from Roster.");
  if (samlResponse.length > SAML_RESPONSE_MAX_CHARS) throw unreadable("The SAMLResponse is too large.");
  const base64 = samlResponse.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) throw unreadable("The SAMLResponse is not base64.");
  const xml = Buffer.from(base64, "base64").toString("utf8");
  const root = parseXml(xml)?.documentElement;
  if (!root || root.localName !== "Response" || root.namespaceURI !== "urn:oasis:names:tc:SAML:2.0:protocol") {
    throw unreadable("The SAMLResponse is not a SAML 2.0 Response.");
  }
  return { xml, inResponseTo: root.getAttribute("InResponseTo") || null, destination: root.getAttribute("Destination") || null };
}
