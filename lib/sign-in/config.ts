/** The "too many" answer of every sign-in link request: it names only the wait, never whether the address has an account. */
export function tooManySignInLinksMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many sign-in links requested. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}
