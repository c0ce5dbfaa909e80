import "server-only";
import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { emailAddressSchema } from "@/lib/users/email-address";
import { limitSignInLinks } from "./limit-sign-in-links";

/**
 * Auth.js's own POST route, with `/signin/email` (Auth.js's email provider called directly, not through the sign-in
 * form) held to the same sign-in link limits before Auth.js looks the address up or stores a token: 429 beyond them.
 */
export function withSignInLinkLimits(post: (request: NextRequest) => Promise<Response>) {
  return async (request: NextRequest): Promise<Response> => {
    if (!new URL(request.url).pathname.endsWith("/signin/email")) return post(request);
    // An address Auth.js would refuse anyway (same schema, see normalizeIdentifier) is not counted.
    const email = emailAddressSchema.safeParse(await emailOf(request.clone()));
    if (email.success) {
      try {
        await limitSignInLinks(await getDb(), email.data, clientIp(request.headers));
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== "RATE_LIMITED") throw error;
        return new Response(error.message, {
          status: 429,
          headers: { "Retry-After": String(error.retryAfterSeconds ?? 60), "Content-Type": "text/plain; charset=utf-8" },
        });
      }
    }
    return post(request);
  };
}

/** The address in the body, read the way Auth.js reads it (form-encoded or JSON). */
async function emailOf(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.includes("application/json")) return ((await request.json()) as { email?: unknown } | null)?.email;
    if (type.includes("application/x-www-form-urlencoded")) return new URLSearchParams(await request.text()).get("email");
  } catch {
    // A body Auth.js cannot read either: it refuses the request itself.
  }
  return undefined;
}
