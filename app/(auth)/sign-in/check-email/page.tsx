import type { Metadata } from "next";
import { MailCheck } from "@/components/ui/icons/mail-check";
import { ResendSignInLinkForm } from "@/components/sign-in/resend-sign-in-link-form";
import { Card } from "@/components/ui/card";
import { localMailboxEnabled } from "@/lib/mail/send-mail";
import { signInRequestCookie } from "@/lib/sign-in/sign-in-request-cookie";

export const metadata: Metadata = { title: "Check your email" };

// Auth.js's verify-request page too: a link requested from its own endpoint has no request cookie, and the page
// then speaks of "a sign-in link" without naming an address or offering to resend.
export default async function CheckEmailPage() {
  const request = await signInRequestCookie.read();
  const mailbox = request ? `/dev/mailbox?to=${encodeURIComponent(request.email)}` : "/dev/mailbox";
  const differentAddress = request && request.callbackUrl !== "/" ? `/sign-in?callbackUrl=${encodeURIComponent(request.callbackUrl)}` : "/sign-in";
  return (
    <Card className="space-y-4 text-center">
      <MailCheck className="mx-auto size-10 text-zinc-500" aria-hidden />
      <h1 className="text-xl font-semibold tracking-tight">Check your email</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {request ? (
          <>
            We sent a sign-in link to{" "}
            <strong className="break-words font-medium text-zinc-900 dark:text-zinc-100" data-testid="check-email-address">
              {request.email}
            </strong>
            .
          </>
        ) : (
          "We sent you a sign-in link."
        )}{" "}
        It works once and expires in 24 hours.
      </p>
      {localMailboxEnabled() && (
        <p className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
          No mail service is configured, so the email is in the{" "}
          <a href={mailbox} className="font-medium underline">
            local mailbox
          </a>
          .
        </p>
      )}
      {request && (
        <div className="space-y-2 border-t border-zinc-200 pt-4 dark:border-zinc-800">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing yet? Check your spam folder, or send it again.</p>
          <ResendSignInLinkForm />
        </div>
      )}
      <a href={differentAddress} className="inline-block text-sm font-medium text-zinc-700 underline dark:text-zinc-300">
        Use a different address
      </a>
    </Card>
  );
}
