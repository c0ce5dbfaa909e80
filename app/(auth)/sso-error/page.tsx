import type { Metadata } from "next";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { readSsoErrorLink } from "@/lib/sso/sso-error-link";
import { SSO_ERRORS } from "@/lib/sso/sso-error";

export const metadata: Metadata = { title: "Single sign-on problem" };

/** Refusals that starting again can cure (a stale or crossed sign-in, a passing IdP problem): the page offers "Try again". */
const RETRYABLE = new Set(["EXPIRED", "REPLAYED", "STATE_MISMATCH", "UNKNOWN_REQUEST", "NONCE", "IDP_ERROR", "IDP_UNREACHABLE", "SERVER_ERROR"]);

const UNKNOWN = { title: "We could not sign you in", help: "Start signing in again from the sign-in page." };

export default async function SsoErrorPage({ searchParams }: { searchParams: Promise<{ e?: string }> }) {
  const error = readSsoErrorLink((await searchParams).e);
  const message = error ? SSO_ERRORS[error.code] : UNKNOWN;
  return (
    <Card className="space-y-5">
      <div className="space-y-2">
        <h1 className="text-xl font-semibold tracking-tight">{message.title}</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{message.help}</p>
      </div>
      {error?.detail && (
        <div className="space-y-1 rounded-lg bg-zinc-100 px-3 py-2 text-sm dark:bg-zinc-800">
          <p className="text-xs font-medium text-zinc-600 dark:text-zinc-400">The identity provider said</p>
          <p className="break-words" data-testid="idp-message">{error.detail}</p>
        </div>
      )}
      {error && (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          Request id: <code className="break-all font-mono" data-testid="request-id">{error.requestId}</code>
        </p>
      )}
      <div className="flex flex-col gap-2 sm:flex-row">
        <Link href="/sign-in" className={`${buttonVariants()} w-full sm:flex-1`}>Back to sign in</Link>
        {error?.slug && RETRYABLE.has(error.code) && (
          <Link href={`/sso/${error.slug}`} prefetch={false} className={`${buttonVariants({ variant: "secondary" })} w-full sm:flex-1`}>Try again</Link>
        )}
      </div>
    </Card>
  );
}
