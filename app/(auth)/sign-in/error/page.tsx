import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SignInForm } from "@/components/sign-in/sign-in-form";
import { describeSsoError } from "@/lib/sso/describe-sso-error";

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

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string; requestId?: string }> }) {
  const { error, requestId } = await searchParams;
  const sso = describeSsoError(error);
  if (sso) {
    return (
      <Card className="space-y-5">
        <div className="space-y-1">
          <p className="text-sm font-medium text-zinc-600 dark:text-zinc-400">Single sign-on</p>
          <h1 className="text-xl font-semibold tracking-tight">{sso.title}</h1>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{sso.help}</p>
        </div>
        {requestId && REQUEST_ID.test(requestId) ? (
          <p className="text-xs break-all text-zinc-600 dark:text-zinc-400">
            If you ask for help, quote this request ID:
            <code className="mt-1 block font-mono" data-testid="error-reference">
              {requestId}
            </code>
          </p>
        ) : null}
        <Button asChild variant="secondary" className="w-full">
          <Link href="/sign-in">Back to sign in</Link>
        </Button>
      </Card>
    );
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
