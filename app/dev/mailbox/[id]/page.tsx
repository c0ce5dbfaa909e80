import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import { getMailboxMessage } from "@/lib/mail/list-mailbox";
import { localMailboxEnabled } from "@/lib/mail/send-mail";

export const metadata: Metadata = { title: "Email" };
export const dynamic = "force-dynamic";

function linkify(text: string) {
  return text.split(/(https?:\/\/[^\s)\]]+)/g).map((part, i) =>
    /^https?:\/\//.test(part) ? (
      <a key={i} href={part} className="break-all font-medium text-indigo-700 underline dark:text-indigo-300">
        {part}
      </a>
    ) : (
      <span key={i}>{part}</span>
    ),
  );
}

export default async function MailboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  if (!localMailboxEnabled()) notFound();
  const message = await getMailboxMessage((await params).id);
  if (!message) notFound();
  return (
    <main className="mx-auto max-w-3xl space-y-4 px-4 py-10">
      <a href="/dev/mailbox" className="text-sm font-medium underline">← All emails</a>
      <Card className="space-y-4">
        <div>
          <h1 className="text-xl font-semibold tracking-tight">{message.subject}</h1>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            From {message.from} · To {message.to} · <RelativeTime date={message.createdAt} />
          </p>
        </div>
        <div className="whitespace-pre-wrap text-sm leading-6" data-testid="mail-body">
          {linkify(message.text)}
        </div>
      </Card>
    </main>
  );
}
