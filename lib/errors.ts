import { ZodError } from "zod";
import { dbFault } from "@/db/faults";

/**
 * Every error code the domain throws, with its HTTP status, the title of its problem document and the help the API
 * reference shows. Action results, problem documents, openapi.json and /docs/api are all derived from this table.
 */
export const ERRORS = {
  UNAUTHENTICATED: {
    status: 401,
    title: "Unauthenticated",
    help: "The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL.",
  },
  SUSPENDED: {
    status: 401,
    title: "Membership suspended",
    help: "The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them.",
  },
  FORBIDDEN: {
    status: 403,
    title: "Forbidden",
    help: "The token's effective role (the lower of its role and its holder's current role) lacks the permission.",
  },
  NOT_FOUND: { status: 404, title: "Not found", help: "The resource does not exist, or lies outside the token's workspace." },
  CONFLICT: { status: 409, title: "Conflict", help: "The request conflicts with the current state, e.g. a slug that is taken." },
  VALIDATION: { status: 422, title: "Invalid request", help: "The body or a parameter is invalid; `errors` lists the messages per field." },
  QUOTA_EXCEEDED: { status: 422, title: "Quota exceeded", help: "A limit of the workspace or the account was reached." },
  LAST_OWNER: { status: 409, title: "Last owner", help: "The change would leave the workspace without an owner." },
  RATE_LIMITED: { status: 429, title: "Too many requests", help: "Too many requests with this token; retry after the `Retry-After` seconds." },
  UNAVAILABLE: {
    status: 503,
    title: "Temporarily unavailable",
    help: "The database could not answer in time (a restart, a lost connection, a timeout or every connection busy); nothing was changed. Retry after the `Retry-After` seconds.",
  },
  ADDRESS_NOT_ALLOWED: {
    status: 422,
    title: "Address not allowed",
    help: "The URL points at an address Roster does not call: a private, loopback or link-local network (or plain http where https is required). Use the service's public https address.",
  },
  // Single sign-on: each refusal, as the person signing in sees it on /sso-error, says what they or their IT admin can
  // do about it. The sign-in routes answer with that page (a redirect); the statuses are what the refusal means.
  SSO_NO_CONNECTION: {
    status: 404,
    title: "Single sign-on is not set up",
    help: "This workspace has no single sign-on connection. Sign in with an email link instead, or ask the workspace's owner.",
  },
  SSO_CONNECTION_DISABLED: {
    status: 403,
    title: "Single sign-on is turned off",
    help: "The workspace's owner turned its single sign-on connection off. Sign in with an email link, or ask the owner to turn it back on.",
  },
  SSO_UNVERIFIED_DOMAIN: {
    status: 403,
    title: "The workspace's domain is not verified",
    help: "Single sign-on works only for a domain the workspace proved through DNS. Ask the workspace's owner to verify it on Settings -> Domains.",
  },
  SSO_EMAIL_OUTSIDE_DOMAINS: {
    status: 403,
    title: "Your address is not at the workspace's domain",
    help: "The identity provider signed you in with an address outside the workspace's verified domains. Sign in with your company address, or ask your IT admin which address the IdP sends.",
  },
  SSO_EMAIL_MISSING: {
    status: 400,
    title: "The identity provider sent no email address",
    help: "Ask your IT admin to send your email address: for OpenID Connect the `email` scope and claim; for SAML the NameID in emailAddress format or an attribute named `email`.",
  },
  SSO_EXPIRED: {
    status: 400,
    title: "This sign-in expired",
    help: "Signing in took too long, or the identity provider's answer is no longer (or not yet) valid: start again. If it keeps happening, ask your IT admin to check that the IdP's clock is right.",
  },
  SSO_REPLAYED: { status: 400, title: "This sign-in was already used", help: "Each sign-in can be completed once: start again from the sign-in page." },
  SSO_UNKNOWN_REQUEST: {
    status: 400,
    title: "Roster did not start this sign-in",
    help: "The identity provider's answer does not match a sign-in started here, or that sign-in expired or was completed already: start again from Roster's sign-in page.",
  },
  SSO_STATE_MISMATCH: {
    status: 400,
    title: "This sign-in did not start in this browser",
    help: "Start signing in again from this browser: a link copied from elsewhere cannot finish a sign-in.",
  },
  SSO_NONCE_MISMATCH: {
    status: 400,
    title: "The answer does not belong to this sign-in",
    help: "The identity provider's token is missing this sign-in's nonce or carries another one. Start again; if it keeps happening, tell your IT admin.",
  },
  SSO_WRONG_AUDIENCE: {
    status: 400,
    title: "The answer is meant for another application",
    help: "The identity provider addressed its answer to a different application. Ask your IT admin to check Roster's client ID (OpenID Connect) or its Audience, the SP entity id shown on Settings -> Security (SAML).",
  },
  SSO_WRONG_RECIPIENT: {
    status: 400,
    title: "The answer was sent to another address",
    help: "The identity provider sent the sign-in to another address. Ask your IT admin to set the ACS URL to this workspace's ACS URL shown on Settings -> Security.",
  },
  SSO_WRONG_ISSUER: {
    status: 400,
    title: "The answer comes from another identity provider",
    help: "The sign-in was issued by another identity provider than the one this workspace is connected to. Ask your IT admin to compare the IdP's entity id with the connection's metadata.",
  },
  SSO_SIGNATURE_INVALID: {
    status: 400,
    title: "The answer's signature is not valid",
    help: "The sign-in is not signed by the identity provider's certificate, or was changed on its way. If the IdP's certificate changed, the workspace's owner updates the IdP metadata on Settings -> Security.",
  },
  SSO_RESPONSE_INVALID: {
    status: 400,
    title: "The identity provider's answer could not be read",
    help: "Its format, signature or issuer did not check out. Start again; if it keeps happening, ask your IT admin to compare the IdP's settings with the connection's on Settings -> Security.",
  },
  SSO_IDP_ERROR: {
    status: 403,
    title: "The identity provider refused the sign-in",
    help: "Its own message is shown with it. Ask your IT admin whether Roster is assigned to you at the identity provider.",
  },
  SSO_IDP_UNREACHABLE: {
    status: 502,
    title: "The identity provider could not be reached",
    help: "Roster could not talk to the identity provider. Try again in a moment; if it keeps happening, ask your IT admin to check the connection's issuer URL.",
  },
  SSO_IDP_INITIATED_DISABLED: {
    status: 403,
    title: "Sign-in from the IdP dashboard is off",
    help: "This workspace accepts sign-ins started at Roster only: open Roster and continue with single sign-on, or ask the workspace's owner to allow IdP-initiated sign-in.",
  },
  SSO_REMOVED: { status: 403, title: "You were removed from this workspace", help: "An owner or manager removed you. Ask them for a new email invitation to rejoin." },
  SSO_WORKSPACE_FULL: { status: 422, title: "The workspace is full", help: "It has reached its member limit. Ask the workspace's owner." },
  SSO_SERVICE_ACCOUNT: { status: 403, title: "This account cannot sign in here", help: "A service account never signs in to the web app. Use another address." },
  SSO_OWNERS_ONLY: {
    status: 403,
    title: "Only the workspace's owners can test its connection",
    help: "Sign in as an owner of the workspace, then test the connection from Settings -> Security.",
  },
  SSO_METADATA_INVALID: {
    status: 422,
    title: "Identity provider metadata not usable",
    help: "The IdP metadata is not valid SAML metadata, or lacks the IdP's entity id, its sign-in URL (HTTP-Redirect binding) or a signing certificate: download it again from the IdP's app settings.",
  },
  SSO_METADATA_UNREACHABLE: {
    status: 422,
    title: "Identity provider metadata unreachable",
    help: "The metadata URL did not answer with the metadata in time (or answered too much): check the URL, or paste the metadata XML instead.",
  },
  INTERNAL: { status: 500, title: "Internal error", help: "An unexpected error on the server." },
} as const satisfies Record<string, { status: number; title: string; help: string }>;

export type ErrorCode = keyof typeof ERRORS;
/** The codes in the table's order (a non-empty tuple, as z.enum takes it). */
export const ERROR_CODES = Object.keys(ERRORS) as [ErrorCode, ...ErrorCode[]];
export type FieldErrors = Record<string, string[]>;

/** The one error type the domain layer throws; mapped to action results and HTTP statuses below (ERRORS). */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what = "Not found") => new AppError("NOT_FOUND", what);
export const forbidden = (message = "You do not have permission to do that.") => new AppError("FORBIDDEN", message);

export function validationError(error: ZodError): AppError {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  const first = error.issues[0];
  const message = first ? `${first.path.length ? `${first.path.join(".")}: ` : ""}${first.message}` : "The input is not valid.";
  return new AppError("VALIDATION", message, fieldErrors);
}

/** Seconds a client is asked to wait after UNAVAILABLE: long enough for a restart or failover, short for a blip. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 2;

export const internalError = () => new AppError("INTERNAL", "Something went wrong on our side. Please try again.");

export const unavailable = () =>
  new AppError("UNAVAILABLE", "The service is temporarily unavailable. Please try again in a moment.", undefined, UNAVAILABLE_RETRY_AFTER_SECONDS);

/**
 * Converts anything thrown into an AppError: the one mapping of the error model. A database that cannot answer (a lost
 * or refused connection, a statement or lock timeout, a full pool; db/faults.ts) is UNAVAILABLE; anything else that
 * is not an AppError is rethrown, for the caller to log and report as INTERNAL.
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return validationError(error);
  if (dbFault(error)) return unavailable();
  throw error;
}

export type ActionFailure = {
  ok: false;
  code: ErrorCode;
  message: string;
  fieldErrors?: FieldErrors;
  /** On a 5xx-class failure: the request's id, to quote when reporting it. */
  requestId?: string;
};

export function actionFailure(error: AppError): ActionFailure {
  return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
}
