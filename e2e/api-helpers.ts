import type { APIRequestContext, Page } from "@playwright/test";
import { expect, expectAccessible } from "./fixtures";

let counter = 0;
export const uniqueSlug = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${process.pid.toString(36)}${(counter++).toString(36)}`;

/** Creates a shared workspace on /new and waits for its home page; returns its slug. */
export async function createWorkspace(page: Page, prefix: string): Promise<string> {
  const slug = uniqueSlug(prefix);
  await page.goto("/new");
  await page.getByLabel("Display name").fill(`Team ${slug}`);
  await page.getByLabel("Slug").fill(slug);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}$`));
  return slug;
}

/** Creates a token through the dialog on the current page (the tokens page, or /account/tokens) and returns its secret. */
export async function createTokenInDialog(
  page: Page,
  options: { name: string; expiry?: string; role?: string; trigger?: ReturnType<Page["getByRole"]> },
): Promise<string> {
  await (options.trigger ?? page.getByRole("button", { name: "New token" })).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill(options.name);
  if (options.expiry) await dialog.getByLabel("Expiration").selectOption({ label: options.expiry });
  if (options.role) await dialog.getByLabel("Role").selectOption({ label: options.role });
  await dialog.getByRole("button", { name: "Create token" }).click();
  const secretBox = dialog.getByTestId("new-token-secret");
  await expect(secretBox).toBeVisible();
  const secret = await secretBox.inputValue();
  expect(secret).toMatch(/^rst_[0-9A-Za-z]{36}$/);
  return secret;
}

export async function closeSecretDialog(page: Page) {
  await page.getByRole("dialog").getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
}

/**
 * A connection the server closed at its keep-alive timeout (5 s) the instant the client reused it gives ECONNRESET
 * before the request reached the server: on a loaded machine a test's pause between calls can meet that instant.
 * Playwright resends such a request (it retries ECONNRESET only), as an HTTP client library would.
 */
const RESENT = { maxRetries: 2 };

export function api(request: APIRequestContext, token: string | null) {
  const headers = token ? { authorization: `Bearer ${token}` } : undefined;
  return {
    get: (url: string) => request.get(url, { headers, ...RESENT }),
    post: (url: string, data: unknown) => request.post(url, { headers, data, ...RESENT }),
    patch: (url: string, data: unknown) => request.patch(url, { headers, data, ...RESENT }),
    delete: (url: string) => request.delete(url, { headers, ...RESENT }),
  };
}

/** Joins a workspace through an invite link URL (the invitee is signed in on `page`). */
export async function acceptInviteLink(page: Page, url: string, slug: string) {
  await page.goto(new URL(url).pathname);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Accept invitation" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}`));
}

/** A viewport-sized screenshot scrolled to `selector` (long pages such as the API reference). */
export async function viewportScreenshot(page: Page, name: string, selector?: string) {
  // Scroll without Playwright's stability wait: colour transitions keep a long page "moving" on a loaded machine.
  if (selector) await page.locator(selector).first().evaluate((el) => el.scrollIntoView({ block: "start" }));
  await page.screenshot({ path: `test-results/screenshots/${process.env.E2E_DB ?? "local"}-${name}.png` });
}

/** Switches to the dark color scheme and lets color transitions finish before a screenshot. */
export async function colorScheme(page: Page, scheme: "light" | "dark") {
  await page.emulateMedia({ colorScheme: scheme });
  await page.waitForTimeout(400);
}
