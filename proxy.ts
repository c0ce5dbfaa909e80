import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { AppError } from "@/lib/errors";
import { isInviteTokenShape } from "@/lib/invitations/config";
import { limitInviteLookups } from "@/lib/invitations/limit-invite-lookups";
import { clientIp } from "@/lib/rate-limit/client-ip";

// Runs on /invite/* and on signed-in pages visited without a session cookie (see config): authorization lives in
// lib/, and a signed-in request to a workspace page skips the proxy entirely.
export async function proxy(request: NextRequest) {
  const isRead = request.method === "GET" || request.method === "HEAD";
  if (request.nextUrl.pathname.startsWith("/invite/")) return isRead ? limitTokenLookups(request) : NextResponse.next();
  return isRead ? signInFirst(request) : NextResponse.next();
}

/**
 * Signed out on a page that needs a session (a link in an email, a bookmark): sign in, then come back to exactly
 * this page, query string included. The page itself can only name its route, so the redirect is made here, where the
 * address is known; the sign-in page keeps only a same-origin path (safeCallbackPath).
 */
function signInFirst(request: NextRequest) {
  const here = request.nextUrl.clone();
  here.searchParams.delete("_rsc"); // the router's cache-busting parameter on client navigations
  const target = new URL("/sign-in", request.url);
  target.searchParams.set("callbackUrl", `${here.pathname}${here.search}`);
  return NextResponse.redirect(target);
}

/**
 * Token lookups on /invite/* are rate limited per client IP, in PostgreSQL so the limit holds across instances. A
 * malformed token is not counted: the page refuses it without touching the database.
 */
async function limitTokenLookups(request: NextRequest) {
  const token = decodeURIComponentSafe(request.nextUrl.pathname.split("/")[2] ?? "");
  if (!isInviteTokenShape(token)) return NextResponse.next();
  const ip = clientIp(request.headers);
  // Unknown only without the production server in front (next dev): one shared bucket would let one client lock out everyone.
  if (!ip) return NextResponse.next();
  try {
    await limitInviteLookups(await getDb(), ip);
  } catch (error) {
    if (error instanceof AppError && error.code === "RATE_LIMITED") {
      return new NextResponse(
        "Too many invitation links were opened from your network. Wait a few minutes, then open the link again.",
        { status: 429, headers: { "Retry-After": String(error.retryAfterSeconds ?? 600), "Content-Type": "text/plain; charset=utf-8", "Referrer-Policy": "no-referrer" } },
      );
    }
    throw error;
  }
  return NextResponse.next();
}

function decodeURIComponentSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "";
  }
}

// Signed-in pages match only without either of Auth.js's session cookies (lib/session/session-token.ts), so a
// signed-in request never runs the proxy. A cookie whose session has ended still reaches the page, whose own guard
// sends it to sign in (to the workspace's home).
export const config = {
  matcher: [
    "/invite/:token*",
    {
      source: "/w/:path*",
      missing: [
        { type: "cookie", key: "authjs.session-token" },
        { type: "cookie", key: "__Secure-authjs.session-token" },
      ],
    },
    {
      source: "/account/:path*",
      missing: [
        { type: "cookie", key: "authjs.session-token" },
        { type: "cookie", key: "__Secure-authjs.session-token" },
      ],
    },
    {
      source: "/new",
      missing: [
        { type: "cookie", key: "authjs.session-token" },
        { type: "cookie", key: "__Secure-authjs.session-token" },
      ],
    },
  ],
};
