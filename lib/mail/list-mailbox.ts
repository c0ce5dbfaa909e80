import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mailboxMessages } from "@/db/schema";

/** The local mailbox, newest first; optionally only mail to one address. Only reachable when no Resend key is set. */
export async function listMailbox(to?: string, limit = 100) {
  const db = await getDb();
  return db
    .select()
    .from(mailboxMessages)
    .where(to ? eq(mailboxMessages.to, to.trim().toLowerCase()) : undefined)
    .orderBy(desc(mailboxMessages.createdAt))
    .limit(limit);
}

export async function getMailboxMessage(id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const db = await getDb();
  const [message] = await db.select().from(mailboxMessages).where(eq(mailboxMessages.id, id)).limit(1);
  return message ?? null;
}
