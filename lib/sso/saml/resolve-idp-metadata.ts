import "server-only";
import { AppError } from "@/lib/errors";
import { fetchIdpMetadata } from "./fetch-idp-metadata";
import { parseIdpMetadata, type IdpMetadata } from "./parse-idp-metadata";

/** The IdP metadata as the owner gave it (pasted XML, or a URL Roster downloads now), with what Roster read from it. */
export type ResolvedIdpMetadata = IdpMetadata & { metadataXml: string; metadataUrl: string | null };

/**
 * Reads IdP metadata for a SAML connection: the XML given, else the XML at `url`. The result maps onto the connection's
 * saml_idp_* columns (metadata URL and XML, entity id, SSO URL, certificates).
 */
export async function resolveIdpMetadata(input: { xml?: string | null; url?: string | null }): Promise<ResolvedIdpMetadata> {
  const url = input.url?.trim() || null;
  const xml = input.xml?.trim() || (url ? await fetchIdpMetadata(url) : null);
  if (!xml) throw new AppError("VALIDATION", "Paste the IdP's metadata XML or enter its metadata URL.", { metadata: ["Required."] });
  return { ...parseIdpMetadata(xml), metadataXml: xml, metadataUrl: url };
}
