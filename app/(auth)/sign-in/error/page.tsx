import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { SignInForm } from "@/components/sign-in/sign-in-form";
import { ERRORS, type ErrorCode } from "@/lib/errors";
import { ssoErrorPath } from "@/lib/sso/sso-error-link";

export const metadata: Metadata = { title: "Sign-in problem" };

const MESSAGES: Record<string, { title: string; body: string }> = {
  Verification: {
    title: "This sign-in link has expired or was already used",
    body: "Sign-in links work once and expire after 24 hours. Enter your email address to get a new one.",
  },
  AccessDenied: {
    title: "Access denied",
    body: "This account cannot sign in this way. If your company signs you in through single sign-on, enter your address below to continue with it.",
  },
};

const GENERIC = { title: "We could not sign you in", body: "Something went wrong while signing in. Request a new link below." };

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Auth.js's own sign-in errors. An SSO code (a link from before /sso-error) goes on to the SSO error page, without words. */
export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string; requestId?: string }> }) {
  const { error, requestId } = await searchParams;
  if (error?.startsWith("SSO_") && Object.hasOwn(ERRORS, error)) {
    redirect(ssoErrorPath({ code: error as ErrorCode, requestId: requestId && REQUEST_ID.test(requestId) ? requestId : undefined }));
  }
  const message = (error && MESSAGES[error]) || GENERIC;
  return (
    <Card className="space-y-5">
      <div className="space-y-1">
        <h1 className="text-xl font-semibold tracking-tight">{message.title}</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{message.body}</p>
      </div>
      <SignInForm callbackUrl="/" submitLabel="Send a new link" />
    </Card>
  );
}
