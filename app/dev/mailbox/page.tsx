import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Inbox } from "@/components/ui/icons/inbox";
import { Card } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import { listMailbox } from "@/lib/mail/list-mailbox";
import { localMailboxEnabled } from "@/lib/mail/send-mail";

export const metadata: Metadata = { title: "Local mailbox" };
export const dynamic = "force-dynamic";

export default async function MailboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  if (!localMailboxEnabled()) notFound();
  const { to } = await searchParams;
  const messages = await listMailbox(to);
  const now = new Date();
  return (
    <main className="mx-auto max-w-4xl px-4 py-10">
      <div className="mb-6 flex items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Local mailbox</h1>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Emails Roster would have sent. Set <code className="font-mono">RESEND_API_KEY</code> to send real mail.
          </p>
        </div>
        <a href="/" className="shrink-0 text-sm font-medium underline">Back to Roster</a>
      </div>
      {messages.length === 0 ? (
        <Card className="flex flex-col items-center gap-2 py-12 text-center text-zinc-600 dark:text-zinc-400">
          <Inbox className="size-8" aria-hidden />
          <p>No emails yet.</p>
        </Card>
      ) : (
        <ul className="divide-y divide-zinc-200 overflow-hidden rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
          {messages.map((m) => (
            <li key={m.id}>
              <a href={`/dev/mailbox/${m.id}`} className="flex items-center gap-4 px-4 py-3 hover:bg-zinc-50 dark:hover:bg-zinc-800">
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium">{m.subject}</span>
                  <span className="block truncate text-sm text-zinc-600 dark:text-zinc-400">To {m.to}</span>
                </span>
                <span className="shrink-0 text-xs text-zinc-600 dark:text-zinc-400">
                  <RelativeTime date={m.createdAt} now={now} />
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
