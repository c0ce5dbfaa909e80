import { AppError } from "@/lib/errors";

/** Mail domains anyone can register an address at: never a workspace's domain, by DNS or by email. */
export const PUBLIC_MAIL_DOMAINS = new Set([
  "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "ymail.com",
  "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com", "gmx.com", "gmx.de", "mail.com",
  "yandex.com", "yandex.ru", "zoho.com", "fastmail.com", "hey.com", "qq.com", "163.com", "web.de", "example.com",
]);

export function assertNotPublicMailDomain(domain: string): void {
  if (PUBLIC_MAIL_DOMAINS.has(domain)) {
    throw new AppError("VALIDATION", `${domain} is a public mail domain: anyone can have an address there.`, { domain: ["Public mail domains are not allowed."] });
  }
}
