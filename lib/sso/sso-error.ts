/**
 * What can go wrong on the way back from an identity provider, each with what the person can do about it: the SSO
 * error page (app/(auth)/sso-error) shows the title and the help with the request's id. Nothing is written on any.
 */
export const SSO_ERRORS = {
  NO_CONNECTION: { title: "Single sign-on is not set up", help: "This workspace has no SSO connection. Sign in with an email link instead, or ask the workspace's owner." },
  DISABLED: { title: "Single sign-on is turned off", help: "The workspace's owner turned its SSO connection off. Sign in with an email link, or ask the owner to turn it back on." },
  UNVERIFIED_DOMAIN: { title: "The workspace's domain is not verified", help: "SSO works only for a domain the workspace proved through DNS. Ask the workspace's owner to verify it under Settings." },
  EMAIL_OUTSIDE_DOMAINS: { title: "Your address is not at the workspace's domain", help: "The identity provider signed you in with an address outside the workspace's verified domains. Sign in with your company address, or ask your IdP admin." },
  EMAIL_MISSING: { title: "The identity provider sent no email address", help: "Ask your IdP admin to send the email claim (OIDC: the email scope) or attribute (SAML)." },
  EXPIRED: { title: "This sign-in expired", help: "Signing in took too long, or the identity provider's answer was out of date (check this computer's clock). Start again." },
  REPLAYED: { title: "This sign-in was already used", help: "Each sign-in can be completed once. Start again from the sign-in page." },
  UNKNOWN_REQUEST: { title: "Roster did not start this sign-in", help: "The identity provider's answer does not match a sign-in started here (or the workspace does not accept sign-ins started at the IdP). Start from Roster's sign-in page." },
  STATE_MISMATCH: { title: "This sign-in did not start in this browser", help: "Start signing in again from this browser; a link copied from elsewhere cannot finish a sign-in." },
  NONCE: { title: "The answer does not belong to this sign-in", help: "The identity provider's token is missing this sign-in's nonce or carries another one. Start again; if it keeps happening, tell your IdP admin." },
  AUDIENCE: { title: "The token is meant for another application", help: "The identity provider's answer is addressed to a different application. Ask your IdP admin to check Roster's client ID or entity ID." },
  INVALID_RESPONSE: { title: "The identity provider's answer could not be trusted", help: "Its signature, issuer or format did not check out. Ask your IdP admin to compare the connection's settings with the IdP's." },
  IDP_ERROR: { title: "The identity provider refused the sign-in", help: "Its message is below. Ask your IdP admin whether Roster is assigned to you." },
  IDP_UNREACHABLE: { title: "The identity provider could not be reached", help: "Roster could not talk to the identity provider. Try again in a moment; if it keeps happening, tell the workspace's owner." },
  REMOVED: { title: "You were removed from this workspace", help: "An owner or manager removed you. Ask them for a new email invitation to rejoin." },
  WORKSPACE_FULL: { title: "The workspace is full", help: "It has reached its member limit. Ask the workspace's owner." },
  NOT_ALLOWED: { title: "This account cannot sign in here", help: "A service account never signs in to the web app. Use another address." },
  FORBIDDEN: { title: "Only the workspace's owners can test its connection", help: "Sign in as an owner of the workspace, then test the connection from Settings, Security." },
  SERVER_ERROR: { title: "Something went wrong on our side", help: "Nothing was changed. Try again in a moment; if it keeps happening, quote the request id below to the workspace's owner." },
  NOT_AVAILABLE: { title: "This kind of sign-in is not available", help: "This server cannot use the connection's protocol yet. Ask the workspace's owner." },
} as const satisfies Record<string, { title: string; help: string }>;

export type SsoErrorCode = keyof typeof SSO_ERRORS;

/** A refused SSO sign-in: its code, and the IdP's own words (error_description) when it sent some. */
export class SsoError extends Error {
  constructor(
    readonly code: SsoErrorCode,
    readonly detail?: string,
  ) {
    super(detail ? `${SSO_ERRORS[code].title}: ${detail}` : SSO_ERRORS[code].title);
    this.name = "SsoError";
  }
}
