import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { AppError } from "@/lib/errors";
import { INVITE_LOOKUPS_PER_IP_PER_10_MINUTES } from "@/lib/invitations/config";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";

// Runs on /invite/* only (see config): authorization lives in lib/, and workspace pages skip the proxy entirely.
export async function proxy(request: NextRequest) {
  if (request.method === "GET") return limitInviteLookups(request);
  return NextResponse.next();
}

/** Token lookups on /invite/* are rate limited per client IP, in PostgreSQL so the limit holds across instances. */
async function limitInviteLookups(request: NextRequest) {
  const ip = clientIp(request.headers);
  // Unknown only without the production server in front (next dev): one shared bucket would let one client lock out everyone.
  if (!ip) return NextResponse.next();
  try {
    await consumeRateLimit(await getDb(), `invite-lookup:ip:${ip}`, INVITE_LOOKUPS_PER_IP_PER_10_MINUTES, 600);
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

export const config = { matcher: ["/invite/:token*"] };
