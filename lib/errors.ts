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
  // Single sign-on: each refusal names what the person or the workspace's IT admin can do about it.
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
  SSO_RESPONSE_INVALID: {
    status: 400,
    title: "Sign-in response not readable",
    help: "What came back from the identity provider is not a SAML response Roster can read: start the sign-in again from Roster.",
  },
  SSO_SIGNATURE_INVALID: {
    status: 400,
    title: "Signature not valid",
    help: "The sign-in response is not signed by the identity provider's certificate (or was changed on its way): the workspace owner should update the IdP metadata if the IdP's certificate changed.",
  },
  SSO_WRONG_ISSUER: {
    status: 400,
    title: "Wrong identity provider",
    help: "The sign-in response comes from another identity provider than the one this workspace is connected to.",
  },
  SSO_WRONG_AUDIENCE: {
    status: 400,
    title: "Wrong audience",
    help: "The identity provider issued the sign-in for another application: in the IdP's app settings, the Audience (SP entity id) must be this workspace's entity id shown on Settings -> Security.",
  },
  SSO_WRONG_RECIPIENT: {
    status: 400,
    title: "Wrong recipient",
    help: "The identity provider sent the sign-in to another address: in the IdP's app settings, the ACS URL must be this workspace's ACS URL shown on Settings -> Security.",
  },
  SSO_EXPIRED: {
    status: 400,
    title: "Sign-in expired",
    help: "The sign-in response is no longer (or not yet) valid: start the sign-in again. If it keeps happening, the clocks of the IdP and Roster differ.",
  },
  SSO_REPLAYED: { status: 400, title: "Sign-in already used", help: "This sign-in response was already used once: start the sign-in again." },
  SSO_UNKNOWN_REQUEST: {
    status: 400,
    title: "Sign-in not started here",
    help: "The response answers a sign-in Roster did not start, or one that expired or was already completed: start the sign-in again from Roster.",
  },
  SSO_IDP_INITIATED_DISABLED: {
    status: 403,
    title: "Sign-in from the IdP dashboard is off",
    help: "This workspace accepts sign-ins started at Roster only: open Roster and choose single sign-on, or ask the owner to allow IdP-initiated sign-in.",
  },
  SSO_IDP_ERROR: { status: 400, title: "The identity provider refused the sign-in", help: "The identity provider answered with an error (shown with it): ask your IT admin." },
  SSO_EMAIL_MISSING: {
    status: 400,
    title: "No email address",
    help: "The identity provider did not send an email address: send it as the NameID (format emailAddress) or as an attribute named email.",
  },
  SSO_CONNECTION_DISABLED: { status: 403, title: "Single sign-on is disabled", help: "The workspace's single sign-on connection is disabled: ask the workspace owner." },
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
