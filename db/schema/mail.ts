import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

// The local mailbox: every email Roster would send when no Resend key is configured.
export const mailboxMessages = pgTable(
  "mailbox_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    to: text("to").notNull(),
    from: text("from").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("mailbox_messages_to_idx").on(t.to, t.createdAt)],
);
