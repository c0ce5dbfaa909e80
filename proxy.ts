import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { AppError } from "@/lib/errors";
import { isInviteTokenShape } from "@/lib/invitations/config";
import { limitInviteLookups } from "@/lib/invitations/limit-invite-lookups";
import { clientIp } from "@/lib/rate-limit/client-ip";

// Runs on /invite/* only (see config): authorization lives in lib/, and workspace pages skip the proxy entirely.
export async function proxy(request: NextRequest) {
  if (request.method === "GET") return limitTokenLookups(request);
  return NextResponse.next();
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

export const config = { matcher: ["/invite/:token*"] };
