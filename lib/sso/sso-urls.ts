import { appUrl } from "@/lib/mail/app-url";

/**
 * The addresses an IdP admin copies into their identity provider for the workspace `slug` (stable: the slug never
 * changes). The SAML entity id is the SP metadata's own URL.
 */
export function ssoUrls(slug: string) {
  const samlMetadataUrl = appUrl(`/sso/${slug}/saml/metadata`);
  return {
    signInUrl: appUrl(`/sso/${slug}`),
    oidcRedirectUri: appUrl(`/sso/${slug}/oidc/callback`),
    samlMetadataUrl,
    samlAcsUrl: appUrl(`/sso/${slug}/saml/acs`),
    samlEntityId: samlMetadataUrl,
  };
}
