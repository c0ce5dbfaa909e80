import "server-only";
import { AuthError } from "next-auth";
import { z } from "zod";
import { getDb } from "@/db/client";
import { AppError } from "@/lib/errors";
import { emailAddressSchema } from "@/lib/users/email-address";
import { discoverSso, type SsoOffer } from "@/lib/sso/discover-sso";
import { parseInput } from "@/lib/validation";
import { signIn } from "./auth";
import { limitSignInLinks } from "./limit-sign-in-links";
import { safeCallbackPath } from "./safe-callback-url";

export const signInLinkSchema = z.object({
  email: emailAddressSchema,
  callbackUrl: z.unknown(),
  /** The person chose the email link over their workspace's SSO (allowed only while SSO is not required). */
  skipSso: z.unknown().optional().transform((v) => v === true || v === "1" || v === "on"),
});

const NOT_SENT = "We could not send a sign-in link to that address.";

/**
 * Public: validates the address and counts the request against the sign-in link limits (per address and per client
 * IP), then lets Auth.js mail a one-time sign-in link (nothing is sent for a bad address or over a limit). Returns the
 * address as normalized and the path the link returns to. An address at a workspace's SSO domain gets the SSO offer
 * instead (home-realm discovery) and no link: always while that workspace requires SSO, else until `skipSso`.
 */
export async function requestSignInLink(input: unknown, clientIp: string | null): Promise<{ email: string; callbackUrl: string; sso?: SsoOffer }> {
  const { email, callbackUrl: requested, skipSso } = parseInput(signInLinkSchema, input);
  const callbackUrl = safeCallbackPath(requested);
  const sso = await discoverSso(email);
  if (sso && (sso.required || !skipSso)) return { email, callbackUrl, sso };
  await limitSignInLinks(await getDb(), email, clientIp);
  try {
    await signIn("email", { email, redirectTo: callbackUrl, redirect: false });
    return { email, callbackUrl };
  } catch (error) {
    if (error instanceof AuthError) throw new AppError("VALIDATION", NOT_SENT, { email: [NOT_SENT] });
    throw error;
  }
}
