import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getAuthSecret } from "@/lib/sign-in/auth-secret";
import { ERRORS, type ErrorCode } from "@/lib/errors";

type Payload = { code: ErrorCode; requestId?: string; detail?: string; slug?: string };

const sign = (data: string) => createHmac("sha256", getAuthSecret()).update(`sso-error:${data}`).digest("base64url");

/**
 * The SSO error page's address for one refusal. Signed, so a crafted link cannot make Roster's page show someone
 * else's words as an IdP's message.
 */
export function ssoErrorPath(payload: Payload): string {
  const data = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `/sso-error?e=${data}.${sign(data)}`;
}

/** The refusal an SSO error link names, or null when the link was not made by Roster. */
export function readSsoErrorLink(value: unknown): Payload | null {
  if (typeof value !== "string" || value.length > 4000) return null;
  const [data, mac, extra] = value.split(".");
  if (!data || !mac || extra !== undefined) return null;
  const expected = Buffer.from(sign(data));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const parsed = JSON.parse(Buffer.from(data, "base64url").toString("utf8")) as Payload;
    return parsed && typeof parsed.code === "string" && Object.hasOwn(ERRORS, parsed.code) ? parsed : null;
  } catch {
    return null;
  }
}
