import "server-only";
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { userCaller } from "@/lib/auth/caller";
import { appUrl } from "@/lib/mail/app-url";
import { requestIdOf } from "@/lib/observability/request-id";
import { getCurrentUser } from "@/lib/session/get-current-user";
import { finishOidcSignIn } from "./oidc/finish-oidc-sign-in";
import { ssoErrorResponse, ssoOutcomeResponse, ssoStartResponse, SSO_STATE_COOKIE } from "./sso-responses";
import { startSsoSignIn } from "./start-sso-sign-in";
import { ssoUrls } from "./sso-urls";

type Context = { params: Promise<{ slug: string }> };

/** GET /sso/<slug>: starts signing in through the workspace's connection (bookmarkable; `callbackUrl` optional). */
export async function startSsoRoute(request: NextRequest, { params }: Context): Promise<Response> {
  const { slug } = await params;
  try {
    return ssoStartResponse(await startSsoSignIn(slug, { purpose: "sign-in", callbackUrl: request.nextUrl.searchParams.get("callbackUrl") }));
  } catch (error) {
    return ssoErrorResponse(error, requestIdOf(request.headers), slug);
  }
}

/** GET /sso/<slug>/test: an owner's "Test connection" (signed out: sign in first, then back here). */
export async function startSsoTestRoute(request: NextRequest, { params }: Context): Promise<Response> {
  const { slug } = await params;
  const user = await getCurrentUser();
  if (!user) return NextResponse.redirect(appUrl(`/sign-in?callbackUrl=${encodeURIComponent(`/sso/${slug}/test`)}`), 303);
  try {
    return ssoStartResponse(await startSsoSignIn(slug, { purpose: "test", caller: userCaller(user) }));
  } catch (error) {
    return ssoErrorResponse(error, requestIdOf(request.headers), slug);
  }
}

/** GET /sso/<slug>/oidc/callback: the OpenID Provider sends the browser back here (the redirect URI). */
export async function oidcCallbackRoute(request: NextRequest, { params }: Context): Promise<Response> {
  const { slug } = await params;
  // The redirect URI as registered at the IdP (AUTH_URL's origin), whatever host the request reached us on.
  const callbackUrl = new URL(`${ssoUrls(slug).oidcRedirectUri}${request.nextUrl.search}`);
  try {
    return ssoOutcomeResponse(await finishOidcSignIn(slug, callbackUrl, request.cookies.get(SSO_STATE_COOKIE)?.value ?? null));
  } catch (error) {
    return ssoErrorResponse(error, requestIdOf(request.headers), slug);
  }
}
