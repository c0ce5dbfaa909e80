/** Roster's SAML service-provider addresses for one workspace: what the IdP admin copies. */
export type SamlSpUrls = {
  /** The SP entity id (Audience); it is also where the SP metadata is served. */
  entityId: string;
  metadataUrl: string;
  /** The Assertion Consumer Service URL (HTTP-POST binding): the Reply URL / Single sign-on URL at the IdP. */
  acsUrl: string;
};

/** Derived from the app's origin and the workspace slug (both stable), so the IdP's settings never need to change. */
export function samlSpUrls(origin: string, slug: string): SamlSpUrls {
  const base = `${origin.replace(/\/+$/, "")}/sso/${encodeURIComponent(slug)}/saml`;
  return { entityId: `${base}/metadata`, metadataUrl: `${base}/metadata`, acsUrl: `${base}/acs` };
}
