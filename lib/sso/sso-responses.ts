import "server-only";
import { NextResponse } from "next/server";
import { getEnv } from "@/lib/env";
import { appUrl } from "@/lib/mail/app-url";
import { requestLogger } from "@/lib/observability/logger";
import { reportError } from "@/lib/observability/report-error";
import type { SsoOutcome } from "./complete-sso-sign-in";
import { ssoErrorPath } from "./sso-error-link";

/** Binds a started sign-in to this browser: the IdP's answer must come back to the browser that started it. */
export const SSO_STATE_COOKIE = "roster_sso_state";

const secure = () => getEnv().AUTH_URL?.startsWith("https:") ?? false;

/** The cookie Auth.js reads its database session from (lib/session/session-token.ts): `__Secure-` on https. */
const sessionCookieName = () => (secure() ? "__Secure-authjs.session-token" : "authjs.session-token");

/** Sends the browser to the IdP, remembering the sign-in's state in a cookie for the way back. */
export function ssoStartResponse(started: { redirectTo: string; state: string }): NextResponse {
  const response = NextResponse.redirect(started.redirectTo, 303);
  response.cookies.set(SSO_STATE_COOKIE, started.state, { httpOnly: true, sameSite: "lax", secure: secure(), path: "/sso", maxAge: 10 * 60 });
  return response;
}

/** A completed sign-in: Auth.js's session cookie (signed-in), then where the person was going (or the test's claims). */
export function ssoOutcomeResponse(outcome: SsoOutcome): NextResponse {
  const response = NextResponse.redirect(appUrl(outcome.redirectTo), 303);
  response.cookies.delete({ name: SSO_STATE_COOKIE, path: "/sso" });
  if (outcome.kind === "signed-in") {
    response.cookies.set(sessionCookieName(), outcome.sessionToken, { httpOnly: true, sameSite: "lax", secure: secure(), path: "/", expires: outcome.expires });
  }
  return response;
}

/**
 * A refused sign-in (OIDC or SAML): the SSO error page, naming what went wrong and the request's id, logged once (an
 * unexpected error as INTERNAL, with its stack). Only SSO_IDP_ERROR's message is shown: it is the IdP's own words.
 */
export function ssoErrorResponse(error: unknown, requestId: string, slug?: string): NextResponse {
  const refusal = reportError(error, requestLogger(requestId).child({ slug }), "SSO sign-in");
  const detail = refusal.code === "SSO_IDP_ERROR" ? refusal.message : undefined;
  const response = NextResponse.redirect(appUrl(ssoErrorPath({ code: refusal.code, requestId, detail, slug })), 303);
  response.cookies.delete({ name: SSO_STATE_COOKIE, path: "/sso" });
  return response;
}
