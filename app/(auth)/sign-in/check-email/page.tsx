import type { Metadata } from "next";
import Link from "next/link";
import { MailCheck } from "lucide-react";
import { Card } from "@/components/ui/card";
import { localMailboxEnabled } from "@/lib/mail/send-mail";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <Card className="space-y-4 text-center">
      <MailCheck className="mx-auto size-10 text-zinc-500" aria-hidden />
      <h1 className="text-xl font-semibold tracking-tight">Check your email</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        We sent you a sign-in link. It works once and expires in 24 hours.
      </p>
      {localMailboxEnabled() && (
        <p className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
          No mail service is configured, so the email is in the{" "}
          <Link href="/dev/mailbox" className="font-medium underline">
            local mailbox
          </Link>
          .
        </p>
      )}
      <Link href="/sign-in" className="inline-block text-sm font-medium text-zinc-700 underline dark:text-zinc-300">
        Use a different address
      </Link>
    </Card>
  );
}
