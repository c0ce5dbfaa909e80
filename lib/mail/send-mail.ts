import "server-only";
import type { ReactElement } from "react";
import { render } from "@react-email/render";
import { getDb } from "@/db/client";
import { mailboxMessages } from "@/db/schema";
import { getEnv } from "@/lib/env";

export type Mail = { to: string; subject: string; body: ReactElement };

/** Sends an email through Resend when RESEND_API_KEY is set, otherwise stores it in the local mailbox. */
export async function sendMail({ to, subject, body }: Mail): Promise<void> {
  const env = getEnv();
  const [html, text] = await Promise.all([render(body), render(body, { plainText: true })]);
  if (env.RESEND_API_KEY) {
    const { Resend } = await import("resend");
    const { error } = await new Resend(env.RESEND_API_KEY).emails.send({ from: env.MAIL_FROM, to, subject, html, text });
    if (error) throw new Error(`Resend refused the email: ${error.message}`);
    return;
  }
  const db = await getDb();
  await db.insert(mailboxMessages).values({ to: to.toLowerCase(), from: env.MAIL_FROM, subject, html, text });
}

export function localMailboxEnabled(): boolean {
  return !getEnv().RESEND_API_KEY;
}
