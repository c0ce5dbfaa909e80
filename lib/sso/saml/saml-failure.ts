import { SamlStatusError } from "@node-saml/node-saml";
import { AppError, type ErrorCode } from "@/lib/errors";

// node-saml (5.1.0, pinned) throws plain Errors; their messages name the check that failed.
const BY_MESSAGE: [RegExp, ErrorCode, string][] = [
  [/^Invalid (document )?signature|^Cannot obtain assertion from signed data|^Invalid signature from encrypted/i, "SSO_SIGNATURE_INVALID", "The response's signature does not verify with the identity provider's certificate."],
  [/audience|AudienceRestriction/i, "SSO_WRONG_AUDIENCE", "The assertion is meant for another application (its Audience is not this workspace's SP entity id)."],
  [/expired|not yet valid|No valid subject confirmation/i, "SSO_EXPIRED", "The assertion is expired or not yet valid."],
  [/InResponseTo/i, "SSO_UNKNOWN_REQUEST", "The response answers a sign-in Roster did not start."],
  [/multiple assertions|multiple conditions|Missing SAML assertion|Unknown SAML|No response found|EncryptedAssertion|decryption/i, "SSO_RESPONSE_INVALID", "The response is not a SAML response with one assertion Roster can read."],
];

/** The AppError for what node-saml refused (anything it did not name is an unreadable response). */
export function samlFailure(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof SamlStatusError) {
    // The IdP's own words (its StatusMessage, else its status codes): the message /sso-error shows for SSO_IDP_ERROR.
    return new AppError("SSO_IDP_ERROR", error.message.replace(/^SAML provider returned /, "").slice(0, 300));
  }
  const message = error instanceof Error ? error.message : String(error);
  const match = BY_MESSAGE.find(([pattern]) => pattern.test(message));
  return match ? new AppError(match[1], match[2]) : new AppError("SSO_RESPONSE_INVALID", "The response from the identity provider could not be read.");
}
