import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export { expect };

let counter = 0;

/** A fresh address per call, unique across runs and workers. */
export function uniqueEmail(prefix = "user"): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${process.pid}-${counter}@example.com`;
}

type MailboxMessage = { id: string; to: string; subject: string; text: string; createdAt: string };

/** The newest mail to `to`, polled through the local mailbox's JSON route (the test cannot open the server's database). */
export async function latestMail(request: APIRequestContext, to: string, subject?: RegExp): Promise<MailboxMessage> {
  let found: MailboxMessage | undefined;
  await expect
    .poll(async () => {
      const res = await request.get(`/api/dev/mailbox?to=${encodeURIComponent(to)}`);
      const messages = (await res.json()) as MailboxMessage[];
      found = messages.find((m) => !subject || subject.test(m.subject));
      return Boolean(found);
    }, { timeout: 15_000 })
    .toBe(true);
  return found!;
}

export async function mailCount(request: APIRequestContext, to: string): Promise<number> {
  const res = await request.get(`/api/dev/mailbox?to=${encodeURIComponent(to)}`);
  return ((await res.json()) as unknown[]).length;
}

export function firstLink(text: string): string {
  const match = text.match(/https?:\/\/\S+/);
  if (!match) throw new Error(`no link in mail: ${text}`);
  return match[0];
}

/** Requests a magic link on /sign-in and follows it from the mailbox. */
export async function signIn(page: Page, email: string, callbackUrl?: string): Promise<void> {
  await page.goto(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: /sign-in link/i }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const mail = await latestMail(page.request, email, /sign-in/i);
  await page.goto(firstLink(mail.text));
}

/** Fails on serious or critical accessibility violations on the current page. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${process.env.E2E_DB ?? "local"}-${name}.png`, fullPage: true });
}

export const test = base;
