"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { AppError } from "@/lib/errors";
import { requestSignInLink } from "@/lib/sign-in/request-sign-in-link";
import { RESEND_EXPIRED, signInRequestCookie } from "@/lib/sign-in/sign-in-request-cookie";
import { safeCallbackPath } from "@/lib/sign-in/safe-callback-url";
import { signIn, signOut } from "@/lib/sign-in/auth";
import { formAction, publicAction } from "./factories";

/**
 * Public: mails a one-time sign-in link (nothing is sent for a bad address or over a limit), then shows "check your
 * email", which names the address from this browser's sign-in request cookie.
 */
export const requestSignInLinkAction = formAction(async (formData) => {
  const sent = await requestSignInLink(
    { email: formData.get("email"), callbackUrl: formData.get("callbackUrl"), skipSso: formData.get("skipSso") },
    clientIp(await headers()),
  );
  // An address at a workspace's SSO domain: the form offers "Continue with <IdP>" (no link was sent).
  if (sent.sso) return { email: sent.email, callbackUrl: sent.callbackUrl, sso: sent.sso };
  await signInRequestCookie.write(sent);
  redirect("/sign-in/check-email");
});

/**
 * Public: mails the link of this browser's last sign-in request again, through the same path and limits as the first
 * (over a limit: the limit's message). Without a request on record: asks for the address again.
 */
export const resendSignInLinkAction = formAction(async () => {
  const last = await signInRequestCookie.read();
  if (!last) throw new AppError("VALIDATION", RESEND_EXPIRED);
  const sent = await requestSignInLink({ ...last, skipSso: true }, clientIp(await headers()));
  if (sent.sso) throw new AppError("VALIDATION", `${sent.sso.workspaceName} requires signing in through ${sent.sso.displayName}. Go back to sign in and continue with it.`);
  await signInRequestCookie.write(sent);
  return { email: sent.email };
});

/** Public: starts GitHub sign-in. */
export const signInWithGitHubAction = formAction(async (formData) => {
  await signIn("github", { redirectTo: safeCallbackPath(formData.get("callbackUrl")) });
});

/** Public: ends the current database session. */
export const signOutAction = publicAction(async () => {
  await signOut({ redirectTo: "/sign-in" });
});

/** Public: signs out and opens sign-in, coming back to `returnTo` (a same-origin path) with the other account. */
export const signInAsSomeoneElseAction = formAction(async (formData) => {
  const returnTo = safeCallbackPath(formData.get("returnTo"));
  await signOut({ redirectTo: `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` });
});
