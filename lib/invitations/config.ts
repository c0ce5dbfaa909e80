import { isSecretTokenShape } from "@/lib/crypto/secret-token";
import { getEnv } from "@/lib/env";

export const INVITATION_TOKEN_PREFIX = "inv";
export const INVITE_LINK_TOKEN_PREFIX = "lnk";
export const MAX_INVITES_PER_SUBMISSION = 50;
export const INVITE_EMAILS_PER_WORKSPACE_PER_HOUR = 100;
export const INVITE_EMAILS_PER_ADDRESS_PER_DAY = 5;
export const INVITE_LOOKUPS_PER_IP_PER_10_MINUTES = 120;

export const INVITE_LINK_EXPIRY = { "1d": 1, "7d": 7, "30d": 30, never: null } as const;
export type InviteLinkExpiry = keyof typeof INVITE_LINK_EXPIRY;

export function inviteUrl(token: string): string {
  const env = getEnv();
  const base = (env.AUTH_URL || `http://localhost:${env.PORT}`).replace(/\/$/, "");
  return `${base}/invite/${token}`;
}

/** Whether a token could be an invitation or an invite link at all (checked before any database lookup or count). */
export function isInviteTokenShape(token: unknown): token is string {
  return isSecretTokenShape(token, INVITATION_TOKEN_PREFIX) || isSecretTokenShape(token, INVITE_LINK_TOKEN_PREFIX);
}
