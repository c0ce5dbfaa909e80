import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { deviceAuthorizations } from "@/db/schema";
import { appUrl } from "@/lib/mail/app-url";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { parseInput } from "@/lib/validation";
import { formatUserCode, generateDeviceCode, generateUserCode, hashCode } from "./device-codes";
import { DEVICE_CODE_TTL_SECONDS, DEVICE_POLL_INTERVAL_SECONDS, startDeviceAuthorizationSchema } from "./schemas";

export type DeviceAuthorizationStarted = {
  device_code: string;
  user_code: string;
  verification_uri: string;
  verification_uri_complete: string;
  expires_in: number;
  interval: number;
};

/** Device codes a client may request per address and minute. */
export const DEVICE_CODES_PER_MINUTE = 10;

/**
 * RFC 8628 §3.1-3.2, anyone (the CLI before it has a token): a device code and a user code for the machine named
 * `client_name`, valid 10 minutes. Rate-limited per client address. Expired authorizations older than a day are swept.
 */
export async function startDeviceAuthorization(input: unknown, client: { ip: string | null }): Promise<DeviceAuthorizationStarted> {
  const data = parseInput(startDeviceAuthorizationSchema, input);
  const db = await getDb();
  if (client.ip) {
    await consumeRateLimit(db, `device-code:${client.ip}`, DEVICE_CODES_PER_MINUTE, 60, "Too many login attempts from this address. Wait a minute and try again.");
  }
  const deviceCode = generateDeviceCode();
  // A user code still held by a live authorization is drawn again (at 20^8 codes, practically never).
  for (let attempt = 0; ; attempt++) {
    const userCode = generateUserCode();
    const inserted = await db
      .insert(deviceAuthorizations)
      .values({
        deviceCodeHash: hashCode(deviceCode),
        userCodeHash: hashCode(userCode),
        clientName: data.client_name,
        pollInterval: DEVICE_POLL_INTERVAL_SECONDS,
        expiresAt: sql`now() + make_interval(secs => ${DEVICE_CODE_TTL_SECONDS})`,
      })
      .onConflictDoNothing()
      .returning({ id: deviceAuthorizations.id });
    if (inserted.length === 0 && attempt < 3) continue;
    if (inserted.length === 0) throw new Error("Could not draw a free user code.");
    if (Math.random() < 0.05) await db.delete(deviceAuthorizations).where(sql`${deviceAuthorizations.expiresAt} < now() - interval '1 day'`);
    const shown = formatUserCode(userCode);
    return {
      device_code: deviceCode,
      user_code: shown,
      verification_uri: appUrl("/device"),
      verification_uri_complete: appUrl(`/device?code=${shown}`),
      expires_in: DEVICE_CODE_TTL_SECONDS,
      interval: DEVICE_POLL_INTERVAL_SECONDS,
    };
  }
}
