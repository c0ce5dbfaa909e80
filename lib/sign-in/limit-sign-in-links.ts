import "server-only";
import { createHash } from "node:crypto";
import type { DbOrTx } from "@/db/client";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { ipBucket } from "@/lib/rate-limit/ip-bucket";
import { tooManySignInLinksMessage } from "./config";

/**
 * Public: counts one sign-in link request against the client IP's and the address's limits (SIGN_IN_LINKS_*), or
 * throws RATE_LIMITED with one message for every address. Runs before Auth.js looks the address up or stores a token.
 */
export async function limitSignInLinks(db: DbOrTx, email: string, clientIp: string | null): Promise<void> {
  const env = getEnv();
  try {
    // The IP first: once it is over its limit no per-address row is written, so cycling addresses cannot grow the table.
    // An unknown address (no production server in front) has no per-IP limit rather than one bucket shared by everyone.
    if (clientIp) await consumeRateLimit(db, `sign-in:ip:${ipBucket(clientIp)}`, env.SIGN_IN_LINKS_PER_IP, env.SIGN_IN_LINKS_PER_IP_MINUTES * 60);
    // Hashed: the table need not hold addresses, and the key stays short.
    const address = createHash("sha256").update(email.trim().toLowerCase()).digest("hex").slice(0, 32);
    await consumeRateLimit(db, `sign-in:address:${address}`, env.SIGN_IN_LINKS_PER_ADDRESS, env.SIGN_IN_LINKS_PER_ADDRESS_MINUTES * 60);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "RATE_LIMITED") throw error;
    const message = tooManySignInLinksMessage(error.retryAfterSeconds ?? 60);
    throw new AppError("RATE_LIMITED", message, { email: [message] }, error.retryAfterSeconds);
  }
}
