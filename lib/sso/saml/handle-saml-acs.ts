import "server-only";
import { appOrigin } from "@/lib/app-origin";
import { AppError } from "@/lib/errors";
import { requestIdOf } from "@/lib/observability/request-id";
import { completeSsoSignIn } from "../complete-sso-sign-in";
import type { SsoAttempt } from "../consume-sign-in-attempt";
import { loadSsoConnection } from "../load-sso-connection";
import { ssoErrorResponse, ssoOutcomeResponse } from "../sso-responses";
import { getDb } from "@/db/client";
import { receiveSamlResponse, type ReceivedSamlResponse } from "./receive-saml-response";
import { SAML_RESPONSE_MAX_CHARS } from "./read-saml-response";

/**
 * POST /sso/<slug>/saml/acs: the IdP's HTTP-POST of a SAMLResponse. A verified response goes on to the sign-in
 * completion; a refused one redirects to the SSO error page (/sso-error) with the error's code and the request id.
 */
export async function handleSamlAcs(request: Request, slug: string): Promise<Response> {
  const requestId = requestIdOf(request.headers);
  try {
    const received = await receiveSamlResponse(slug, appOrigin(request.headers), await readAcsForm(request));
    return ssoOutcomeResponse(await completeSsoSignIn(await ssoAttemptOf(received), received.claims));
  } catch (error) {
    return ssoErrorResponse(error, requestId, slug);
  }
}

/** The form the IdP posts (application/x-www-form-urlencoded), refused unread when larger than a SAMLResponse may be. */
async function readAcsForm(request: Request): Promise<{ SAMLResponse?: unknown; RelayState?: unknown }> {
  if (Number(request.headers.get("content-length") ?? 0) > SAML_RESPONSE_MAX_CHARS + 16 * 1024) throw new AppError("SSO_RESPONSE_INVALID", "The posted form is too large.");
  try {
    const form = await request.formData();
    return { SAMLResponse: form.get("SAMLResponse") ?? undefined, RelayState: form.get("RelayState") ?? undefined };
  } catch {
    throw new AppError("SSO_RESPONSE_INVALID", "The identity provider posted no form Roster can read.");
  }
}

/**
 * The verified response's attempt, as the protocol-agnostic completion takes it (already consumed by
 * receiveSamlResponse). An IdP-initiated sign-in (allowed on the connection) answers no attempt: it is a sign-in to
 * the workspace's home.
 */
async function ssoAttemptOf(received: ReceivedSamlResponse): Promise<SsoAttempt> {
  const connection = await loadSsoConnection(await getDb(), { connectionId: received.connection.id });
  if (!connection) throw new AppError("SSO_NO_CONNECTION", "This workspace has no single sign-on connection.");
  const attempt = received.attempt;
  return {
    id: attempt?.id ?? "",
    purpose: attempt?.purpose === "test" ? "test" : "sign-in",
    userId: attempt?.userId ?? null,
    callbackUrl: attempt?.callbackUrl ?? null,
    oidcNonce: null,
    oidcCodeVerifier: null,
    samlRequestId: attempt?.samlRequestId ?? null,
    connection,
  };
}
