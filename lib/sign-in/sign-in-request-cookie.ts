import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { z } from "zod";
import { getEnv } from "@/lib/env";
import { emailAddressSchema } from "@/lib/users/email-address";
import { getAuthSecret } from "./auth-secret";
import { safeCallbackPath } from "./safe-callback-url";

const NAME = "roster_sign_in_request";
/** Long enough to come back from the mailbox and resend; the address is not kept any longer than that. */
const MAX_AGE_SECONDS = 60 * 60;

/** What resending says once the request is no longer on record (the cookie expired or was cleared). */
export const RESEND_EXPIRED = "This sign-in request is too old to resend. Enter your address again.";

const payloadSchema = z.object({ email: emailAddressSchema, callbackUrl: z.string() });
export type SignInRequest = z.infer<typeof payloadSchema>;

const sign = (data: string) => createHmac("sha256", getAuthSecret()).update(`sign-in-request:${data}`).digest("base64url");

/**
 * The sign-in link this browser last asked for (its address and where it returns to), so "check your email" can name
 * the address and resend the link. An httpOnly cookie that only the sign-in form's action writes, signed with the auth
 * secret: nobody else (another site, a crafted link, a sibling subdomain) can make the page claim an address.
 */
export const signInRequestCookie = {
  async write(request: SignInRequest): Promise<void> {
    const data = Buffer.from(JSON.stringify({ email: request.email, callbackUrl: safeCallbackPath(request.callbackUrl) })).toString("base64url");
    (await cookies()).set(NAME, `${data}.${sign(data)}`, {
      httpOnly: true,
      sameSite: "lax",
      secure: getEnv().AUTH_URL?.startsWith("https:") ?? false,
      path: "/sign-in",
      maxAge: MAX_AGE_SECONDS,
    });
  },

  /** The request, or null when there is none, it expired, or the cookie was not written by Roster. */
  async read(): Promise<SignInRequest | null> {
    const [data, mac, extra] = ((await cookies()).get(NAME)?.value ?? "").split(".");
    if (!data || !mac || extra !== undefined) return null;
    const expected = Buffer.from(sign(data));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(data, "base64url").toString("utf8")));
      return parsed.success ? { email: parsed.data.email, callbackUrl: safeCallbackPath(parsed.data.callbackUrl) } : null;
    } catch {
      return null;
    }
  },
};
