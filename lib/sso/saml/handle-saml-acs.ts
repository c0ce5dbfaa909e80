import "server-only";
import { appOrigin } from "@/lib/app-origin";
import { AppError } from "@/lib/errors";
import { requestLogger } from "@/lib/observability/logger";
import { reportError } from "@/lib/observability/report-error";
import { requestIdOf } from "@/lib/observability/request-id";
import { receiveSamlResponse, type ReceivedSamlResponse } from "./receive-saml-response";
import { SAML_RESPONSE_MAX_CHARS } from "./read-saml-response";

/**
 * POST /sso/<slug>/saml/acs: the IdP's HTTP-POST of a SAMLResponse. A verified response goes on to the sign-in
 * completion; a refused one redirects to the sign-in problem page with the error's code and the request id.
 */
export async function handleSamlAcs(request: Request, slug: string): Promise<Response> {
  const requestId = requestIdOf(request.headers);
  try {
    const received = await receiveSamlResponse(slug, appOrigin(request.headers), await readAcsForm(request));
    return completionPending(received); // INTEGRATOR: replace with the completion, e.g. `return completeSsoSignIn(request, received);` (lib/sso/complete-sso-sign-in.ts)
  } catch (error) {
    const appError = reportError(error, requestLogger(requestId), "SAML sign-in");
    const target = new URL("/sign-in/error", appOrigin(request.headers));
    target.search = new URLSearchParams({ error: appError.code, requestId }).toString();
    return Response.redirect(target, 303);
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

/** Until the protocol-agnostic completion is wired in: the response was verified, but nobody is signed in. */
function completionPending(received: ReceivedSamlResponse): Response {
  return new Response(`The SAML response for ${received.workspace.slug} was verified; signing in is not wired yet.`, { status: 501, headers: { "content-type": "text/plain; charset=utf-8" } });
}
