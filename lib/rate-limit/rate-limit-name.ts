/**
 * A rate limit's name from its key, for a metric label (a fixed set): the key's leading words without the subject it
 * counts, e.g. "sign-in:ip:203.0.113.0/24" -> "sign-in:ip", "api:<token id>" -> "api".
 */
export function rateLimitName(key: string): string {
  return /^[a-z-]+(?::(?:ip|user|address|workspace))?(?=:|$)/.exec(key)?.[0] ?? "other";
}
