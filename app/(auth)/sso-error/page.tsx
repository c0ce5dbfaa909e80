import type { Metadata } from "next";
import { buttonVariants } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ERRORS, type ErrorCode } from "@/lib/errors";
import { readSsoErrorLink } from "@/lib/sso/sso-error-link";

export const metadata: Metadata = { title: "Single sign-on problem" };

/** Refusals that starting again can cure (a stale or crossed sign-in, a passing IdP problem): the page offers "Try again". */
const RETRYABLE = new Set<ErrorCode>([
  "SSO_EXPIRED",
  "SSO_REPLAYED",
  "SSO_STATE_MISMATCH",
  "SSO_UNKNOWN_REQUEST",
  "SSO_NONCE_MISMATCH",
  "SSO_IDP_ERROR",
  "SSO_IDP_UNREACHABLE",
  "INTERNAL",
  "UNAVAILABLE",
]);

const UNKNOWN = { title: "We could not sign you in", help: "Start signing in again from the sign-in page." };
// Not a refusal but a failure on Roster's side (INTERNAL, UNAVAILABLE): ERRORS' help for those is written for the API.
const OUR_SIDE = {
  title: "Something went wrong on our side",
  help: "Nothing was changed. Try again in a moment; if it keeps happening, quote the request id below to the workspace's owner.",
};

/** The one page every refused single sign-on ends on (OIDC and SAML), from a signed link (lib/sso/sso-error-link.ts). */
export default async function SsoErrorPage({ searchParams }: { searchParams: Promise<{ e?: string }> }) {
  const error = readSsoErrorLink((await searchParams).e);
  const message = !error ? UNKNOWN : error.code.startsWith("SSO_") ? ERRORS[error.code] : OUR_SIDE;
  return (
    <Card className="space-y-5">
      <div className="space-y-1">
        <p className="text-sm font-medium text-zinc-600 dark:text-zinc-400">Single sign-on</p>
        <h1 className="text-xl font-semibold tracking-tight">{message.title}</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          <Help text={message.help} />
        </p>
      </div>
      {error?.detail && (
        <div className="space-y-1 rounded-lg bg-zinc-100 px-3 py-2 text-sm dark:bg-zinc-800">
          <p className="text-xs font-medium text-zinc-600 dark:text-zinc-400">The identity provider said</p>
          <p className="break-words" data-testid="idp-message">{error.detail}</p>
        </div>
      )}
      {error?.requestId && (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          If you ask for help, quote this request id:
          <code className="mt-1 block break-all font-mono" data-testid="request-id">{error.requestId}</code>
        </p>
      )}
      <div className="flex flex-col gap-2 sm:flex-row">
        <a href="/sign-in" className={`${buttonVariants()} w-full sm:flex-1`}>Back to sign in</a>
        {error?.slug && RETRYABLE.has(error.code) && (
          <a href={`/sso/${error.slug}`} data-full-navigation className={`${buttonVariants({ variant: "secondary" })} w-full sm:flex-1`}>Try again</a>
        )}
      </div>
    </Card>
  );
}

/** ERRORS' help marks names to type or look for with backticks (as /docs/api renders them): code, here too. */
function Help({ text }: { text: string }) {
  return text.split(/(`[^`]+`)/).map((part, i) => (part.startsWith("`") ? <code key={i} className="font-mono text-[13px]">{part.slice(1, -1)}</code> : part));
}
