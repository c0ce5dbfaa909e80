import { test as base, expect, type APIRequestContext, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export { expect };

let counter = 0;

/** A fresh address per call, unique across runs and workers. */
export function uniqueEmail(prefix = "user", domain = "example.com"): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${process.pid}-${counter}@${domain}`;
}

/** A fresh private mail domain (example.com is on the public-domain list, so auto-join needs its own). */
export function uniqueDomain(prefix = "acme"): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${process.pid}-${counter}.test`;
}

/**
 * Playwright's API client reuses keep-alive sockets; one the server closed after its idle timeout fails with
 * ECONNRESET. Such a request never reached the server, so it is retried once.
 */
async function retryOnReset<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (!/ECONNRESET|socket hang up/.test(String(error))) throw error;
    return send();
  }
}

type MailboxMessage = { id: string; to: string; subject: string; text: string; createdAt: string };

/** The newest mail to `to`, polled through the local mailbox's JSON route (the test cannot open the server's database). */
export async function latestMail(request: APIRequestContext, to: string, subject?: RegExp): Promise<MailboxMessage> {
  let found: MailboxMessage | undefined;
  await expect
    .poll(async () => {
      const res = await retryOnReset(() => request.get(`/api/dev/mailbox?to=${encodeURIComponent(to)}`));
      const messages = (await res.json()) as MailboxMessage[];
      found = messages.find((m) => !subject || subject.test(m.subject));
      return Boolean(found);
    }, { timeout: 15_000 })
    .toBe(true);
  return found!;
}

export async function mailCount(request: APIRequestContext, to: string): Promise<number> {
  const res = await retryOnReset(() => request.get(`/api/dev/mailbox?to=${encodeURIComponent(to)}`));
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

/**
 * Setup-speed sign-in for people a test needs but does not test the form with: asks Auth.js for the magic link
 * directly (its own CSRF-protected endpoint, the same mail), then follows the link from the mailbox.
 */
export async function signInByMail(page: Page, email: string, callbackUrl = "/"): Promise<void> {
  const { csrfToken } = (await (await retryOnReset(() => page.request.get("/api/auth/csrf"))).json()) as { csrfToken: string };
  const res = await retryOnReset(() =>
    page.request.post("/api/auth/signin/email", { form: { email, csrfToken, callbackUrl }, maxRedirects: 0 }),
  );
  expect(res.status(), "Auth.js answers the sign-in request with a redirect").toBe(302);
  expect(res.headers()["location"]).toContain("verify-request");
  await page.goto(firstLink((await latestMail(page.request, email, /sign-in/i)).text));
}

/** Fails on serious or critical accessibility violations on the current page (or only inside `scope`, e.g. an open dialog). */
export async function expectAccessible(page: Page, scope?: string | string[]): Promise<void> {
  // Next.js streams a page's <title> after its body: on a busy machine it can land after the heading a test waited for.
  await page.waitForFunction(() => document.title.trim() !== "", null, { timeout: 15_000 }).catch(() => {});
  // Colours mid-transition (a button's 150 ms fade after a colour-scheme switch or a hover) are neither scheme's:
  // axe would measure the contrast of a blend. Running CSS transitions finish first (spinners' endless animations
  // are not transitions and are left alone).
  await page
    .evaluate(() => Promise.all(document.getAnimations().filter((a) => a instanceof CSSTransition).map((a) => a.finished.catch(() => {}))))
    .catch(() => {});
  const builder = new AxeBuilder({ page });
  for (const selector of typeof scope === "string" ? [scope] : (scope ?? [])) builder.include(selector);
  const results = await builder.analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary ?? ""}`).join("; ")})`),
  ).toEqual([]);
}

/** Saves a screenshot to test-results/screenshots/; the whole page from the top, or only the viewport (open dialogs). */
export async function screenshot(page: Page, name: string, { fullPage = true }: { fullPage?: boolean } = {}): Promise<void> {
  // A full-page capture of a scrolled page draws the sticky header mid-page.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  // Transitions finished: a capture right after a colour-scheme switch would catch buttons mid-fade.
  await page.screenshot({ path: `test-results/screenshots/${process.env.E2E_DB ?? "local"}-${name}.png`, fullPage, animations: "disabled" });
}

/**
 * Screenshots of what is on screen now (an open dialog, a toast) at a phone's and a laptop's width, light and dark
 * (`<name>-<width>-<scheme>`), and at 375 px the open dialog fits; then the viewport and scheme are put back.
 * `settle` runs after each resize: hovering a toast keeps it open (sonner pauses its timer under the pointer).
 */
export async function screenshotEverywhere(page: Page, name: string, settle?: () => Promise<void>): Promise<void> {
  const viewport = page.viewportSize();
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 800 });
    await settle?.();
    if (width === 375 && (await page.getByRole("dialog").count())) await expectDialogFits(page);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await screenshot(page, `${name}-${width}-${colorScheme}`, { fullPage: false });
    }
  }
  await page.emulateMedia({ colorScheme: null });
  if (viewport) await page.setViewportSize(viewport);
}

/**
 * The page does not scroll sideways: nothing on it is wider than the viewport (a phone's 375 px included). The page's
 * own content (everything outside the header) is checked first and stops the test; the whole document's width is
 * checked softly after it, so one run names every page whose header alone is too wide.
 */
export async function expectNoHorizontalScroll(page: Page, what = page.url()): Promise<void> {
  const { scrollWidth, innerWidth, content, header } = await page.evaluate(() => {
    const width = window.innerWidth;
    // The element reaching furthest right inside and outside the header, to name the culprit when the page is too wide.
    const widest = (elements: Element[]) => {
      let found = "";
      let right = width;
      for (const el of elements) {
        const r = el.getBoundingClientRect().right;
        if (r > right + 0.5) {
          right = r;
          found = `${el.tagName.toLowerCase()}.${String(el.getAttribute("class") ?? "").split(" ").slice(0, 4).join(".")} (right edge ${Math.round(r)} px)`;
        }
      }
      return found;
    };
    // Elements clipped by a scrolling box of their own (a wide table's cells at 640 px and up) do not widen the page.
    const unclipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(p).overflowX)) return false;
      }
      return true;
    };
    // The toasts' list is fixed to the viewport (it never widens the page) and reaches past its edge while a toast slides in.
    const all = Array.from(document.body.querySelectorAll("*")).filter((el) => unclipped(el) && !el.closest("[data-sonner-toaster]"));
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: width,
      content: widest(all.filter((el) => !el.closest("header"))),
      header: widest(all.filter((el) => el.closest("header"))),
    };
  });
  expect(content, `${what}: its content is wider than the ${innerWidth} px viewport`).toBe("");
  expect.soft(scrollWidth, `${what} is ${scrollWidth} px wide in a ${innerWidth} px viewport (header: ${header || "fits"})`).toBeLessThanOrEqual(innerWidth);
}

/** The open dialog lies wholly inside the viewport: none of it (its buttons included) is cut off. */
export async function expectDialogFits(page: Page): Promise<void> {
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  const box = await dialog.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error("no dialog box or viewport size");
  expect(box.x, "the dialog's left edge").toBeGreaterThanOrEqual(0);
  expect(box.y, "the dialog's top edge").toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, "the dialog's right edge").toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height, "the dialog's bottom edge").toBeLessThanOrEqual(viewport.height);
  for (const button of await dialog.getByRole("button").all()) {
    const b = await button.boundingBox();
    if (b) expect(b.x + b.width, `button "${await button.textContent()}" inside the viewport`).toBeLessThanOrEqual(viewport.width);
  }
}

/** Playwright closes the test's own context; this closes the extra ones a test opened with browser.newContext(). */
export const test = base.extend<{ closeExtraContexts: void }>({
  closeExtraContexts: [
    async ({ browser, context }, use) => {
      const before = new Set([...browser.contexts(), context]);
      await use();
      await Promise.all(browser.contexts().filter((c) => !before.has(c)).map((c) => c.close()));
    },
    { auto: true },
  ],
});

export type Role = "owner" | "manager" | "member" | "viewer";
export const ROLE_LABEL: Record<Role, string> = { owner: "Owner", manager: "Manager", member: "Member", viewer: "Viewer" };

/** A signed-in person in their own browser context. */
export type Person = { context: BrowserContext; page: Page; email: string };

export function slugOf(page: Page): string {
  return new URL(page.url()).pathname.split("/")[2];
}

/** A new account in a fresh context, signed in through the mailbox, on their personal workspace. */
export async function newPerson(browser: Browser, prefix: string, domain?: string): Promise<Person> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = uniqueEmail(prefix, domain);
  await signInByMail(page, email);
  await expect(page).toHaveURL(/\/w\/[a-z0-9-]+$/);
  return { context, page, email };
}

/** Creates a shared workspace on /new and waits until the app lands in it; returns its slug. */
export async function createWorkspace(page: Page, name: string, slug?: string): Promise<string> {
  await page.goto("/new");
  await page.getByLabel("Display name").fill(name);
  if (slug) await page.getByLabel("Slug", { exact: true }).fill(slug);
  const created = slug ?? (await page.getByLabel("Slug", { exact: true }).inputValue());
  await page.getByRole("button", { name: "Create workspace" }).click();
  // The action, then the new workspace's first render: two server round trips, which took over 15 s once here with a
  // production build running beside the suite.
  await expect(page).toHaveURL(new RegExp(`/w/${created}$`), { timeout: 30_000 });
  await expect(page.getByTestId("workspace-title")).toHaveText(name);
  return created;
}

/** Sends email invitations from the invitations settings page; returns the result summary's text. */
export async function inviteByEmail(page: Page, slug: string, emails: string[], role: Role): Promise<string> {
  if (!page.url().endsWith(`/w/${slug}/settings/invitations`)) await page.goto(`/w/${slug}/settings/invitations`);
  await page.getByLabel("Email addresses").fill(emails.join(", "));
  await page.locator("#invite-role").selectOption(role);
  await page.getByRole("button", { name: "Send invitations" }).click();
  const result = page.getByTestId("invite-result");
  await expect(result).toBeVisible();
  return result.innerText();
}

/** The link of the newest invitation email to `email`. */
export async function invitationLink(request: APIRequestContext, email: string): Promise<string> {
  return firstLink((await latestMail(request, email, /invited you/)).text);
}

/**
 * Signed out on an invite page: signs in (or up) with the form there, follows the magic link from the mailbox and
 * comes back to the same invite page.
 */
export async function signInFromInvite(page: Page, email: string, link: string): Promise<void> {
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Continue with email" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(firstLink((await latestMail(page.request, email, /sign-in/i)).text));
  await expect(page).toHaveURL(link);
  await expect(page.getByRole("button", { name: "Accept invitation" })).toBeVisible();
}

/** Accepts on the invite page and waits until the app lands in the workspace. */
export async function acceptOnInvitePage(page: Page, slug: string): Promise<void> {
  await page.getByRole("button", { name: "Accept invitation" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}$`));
}

/**
 * The invitee's side of an email invitation, in a fresh context: takes the link from the invitation email, signs up
 * through a magic link that comes back to the invite page, and accepts there.
 */
export async function acceptEmailInvitation(browser: Browser, email: string, slug: string): Promise<Person> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const link = await invitationLink(page.request, email);
  await signInByMail(page, email, new URL(link).pathname);
  await expect(page).toHaveURL(link);
  await acceptOnInvitePage(page, slug);
  return { context, page, email };
}

/** Adds a member through a real email invitation: the owner invites a new address, the invitee signs up and accepts. */
export async function inviteAndAccept(ownerPage: Page, browser: Browser, slug: string, role: Role, prefix: string = role): Promise<Person> {
  const email = uniqueEmail(prefix);
  await inviteByEmail(ownerPage, slug, [email], role);
  return acceptEmailInvitation(browser, email, slug);
}

/** A member's row on the members page: the row (`tr[data-user-id]`) that shows their address. */
export function memberRow(page: Page, email: string) {
  return page.locator("tr[data-user-id]").filter({ hasText: email });
}

/**
 * Opens the header's workspace switcher by pointer. A click that lands before the page has hydrated (a busy machine,
 * straight after a redirect) opens nothing, so it clicks again until the trigger says the menu is open.
 */
export async function openSwitcher(page: Page | Locator): Promise<void> {
  const trigger = page.getByTestId("workspace-switcher");
  await expect(async () => {
    if ((await trigger.getAttribute("aria-expanded")) !== "true") await trigger.click();
    await expect(trigger).toHaveAttribute("aria-expanded", "true", { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

/** Next injects an empty role=alert route announcer: toasts are matched by text. */
export function toast(page: Page, text: string | RegExp) {
  return page.locator("[data-sonner-toast]").filter({ hasText: text });
}

/**
 * Fails on accessibility violations in a shown toast. Hovering it first pauses its timer (sonner does on hover), so
 * on a slow machine it is still there when axe looks.
 */
export async function expectToastAccessible(page: Page, text: string | RegExp): Promise<void> {
  await toast(page, text).hover();
  await expectAccessible(page, "[data-sonner-toaster]");
}

/** The user id of a member, from their row on the members page (`data-user-id`). */
export async function memberIdFromPage(page: Page, email: string): Promise<string> {
  const id = await memberRow(page, email).getAttribute("data-user-id");
  if (!id) throw new Error(`no data-user-id on the members row of ${email}`);
  return id;
}

/** React's Flight client, as Next ships it: it encodes a server action's arguments and decodes its reply. */
type FlightClient = {
  encodeReply(value: unknown[]): Promise<string | FormData>;
  createFromReadableStream<T>(stream: ReadableStream<Uint8Array>, options: { serverConsumerManifest: Record<string, unknown> }): Promise<T>;
};
const flight = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-turbopack/client.edge") as FlightClient;

/** The build's own record of its server actions (`next build` writes it): the id of the action with this export name. */
function serverActionId(name: string): string {
  const manifest = JSON.parse(readFileSync(path.resolve(".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const ids = Object.entries(manifest.node).filter(([, action]) => action.exportedName === name);
  if (ids.length !== 1) throw new Error(`expected one server action named ${name} in the build, found ${ids.length}`);
  return ids[0][0];
}

// The reply may carry the re-rendered page: its client components are left unloaded (only the action's result is read).
const unloadedClientModules = new Proxy({}, { get: (_, id) => new Proxy({}, { get: (__, name) => ({ id, chunks: [], name }) }) });

/**
 * Invokes a server action by its export name from the page, as any client could (the page's controls are not used):
 * the arguments encoded and the reply decoded with React's Flight client, POSTed from the page with the `Next-Action`
 * header as Next's router does. Returns the action's result object.
 */
export async function callServerAction(page: Page, name: string, args: unknown[]): Promise<unknown> {
  const body = await flight.encodeReply(args);
  if (typeof body !== "string") throw new Error("callServerAction sends plain values only (no files or forms)");
  const reply = await page.evaluate(
    async ({ id, body }) => {
      const res = await fetch(location.pathname, { method: "POST", headers: { "Next-Action": id, Accept: "text/x-component" }, body });
      return { status: res.status, contentType: res.headers.get("content-type") ?? "", text: await res.text() };
    },
    { id: serverActionId(name), body },
  );
  if (!reply.contentType.startsWith("text/x-component")) {
    throw new Error(`${name} answered ${reply.status} ${reply.contentType}: ${reply.text.slice(0, 500)}`);
  }
  // The reply's root is Next's action response; its `a` is the action's return value.
  const root = await flight.createFromReadableStream<{ a: Promise<unknown> }>(new Response(reply.text).body!, {
    serverConsumerManifest: { moduleMap: unloadedClientModules, serverModuleMap: null, moduleLoading: null },
  });
  return root.a;
}

/** Publishes (or with no values removes) TXT records in the harness's local DNS server (e2e/run-e2e.ts). */
export async function publishTxt(request: APIRequestContext, name: string, values: string[]): Promise<void> {
  const control = process.env.E2E_DNS_CONTROL;
  if (!control) throw new Error("E2E_DNS_CONTROL is not set: run the suite through e2e/run-e2e.ts, which starts the local DNS server");
  const res = await request.put(`${control}/txt/${encodeURIComponent(name)}`, { data: { values } });
  expect(res.status()).toBe(204);
}

/**
 * An owner proves `domain` for the workspace on the Domains tab, as e2e/domains.spec.ts walks it: Verify with DNS,
 * the TXT record shown published in the local DNS server, Check now.
 */
export async function verifyDomainThroughDns(page: Page, slug: string, domain: string): Promise<void> {
  await page.goto(`/w/${slug}/settings/domains`);
  await page.getByLabel("Domain", { exact: true }).fill(domain);
  await page.getByRole("button", { name: "Verify with DNS" }).click();
  const row = page.getByTestId(`domain-${domain}`);
  await expect(row.getByTestId("record-value")).toHaveText(/^roster-verification=/);
  await publishTxt(page.request, `_roster-verification.${domain}`, [(await row.getByTestId("record-value").textContent())!]);
  await row.getByRole("button", { name: "Check now" }).click();
  await expect(row.getByText("Verified by DNS")).toBeVisible();
}

/**
 * A refused single sign-on: the page's title and help, and a request id to quote (whichever error page shows it:
 * `error-reference` or `request-id`), whatever its URL.
 */
export async function expectSsoRefusal(page: Page, title: string | RegExp, help?: string | RegExp): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  if (help) await expect(page.getByText(help)).toBeVisible();
  await expect(page.getByTestId("error-reference").or(page.getByTestId("request-id"))).toHaveText(/\S/);
}

/**
 * Full-page screenshots at a phone's and a laptop's width, light and dark (`<name>-<width>-<scheme>`), with no
 * sideways scrolling; waits for the last step's toast to go first (it would cover the page).
 */
export async function screenshotFullPageEverywhere(page: Page, name: string): Promise<void> {
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 800 });
    await expectNoHorizontalScroll(page);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await screenshot(page, `${name}-${width}-${colorScheme}`);
    }
  }
  await page.emulateMedia({ colorScheme: null });
  await page.setViewportSize({ width: 1280, height: 800 });
}
