import "server-only";
import type { DbOrTx } from "@/db/client";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { ipBucket } from "@/lib/rate-limit/ip-bucket";
import { INVITE_LOOKUPS_PER_IP_PER_10_MINUTES } from "./config";

/**
 * Public: counts one invitation-token lookup against the client IP's limit (RATE_LIMITED beyond it). Only tokens of
 * the right shape reach here (a malformed one costs no database work), and the key is the IP's bucket (ipBucket),
 * so one client holds a bounded number of rows however it varies tokens or addresses.
 */
export async function limitInviteLookups(db: DbOrTx, who: string | { userId: string }, message?: string): Promise<void> {
  // `who` is the client IP, or the signed-in person when the address is unknown (no production server in front).
  const key = typeof who === "string" ? `ip:${ipBucket(who)}` : `user:${who.userId}`;
  await consumeRateLimit(db, `invite-lookup:${key}`, INVITE_LOOKUPS_PER_IP_PER_10_MINUTES, 600, message);
}
