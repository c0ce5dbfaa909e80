import "server-only";
import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";

/** Serializes writes to one person's personal access tokens (quota, names) for the rest of the transaction. */
export async function lockPersonalTokens(tx: Tx, userId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`personal-tokens:${userId}`}))`);
}
