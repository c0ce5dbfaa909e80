/** The domain of an email address, lowercased ("jo@Acme.com" -> "acme.com"). */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}
