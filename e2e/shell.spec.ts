import type { Page, Route } from "@playwright/test";
import { pngImage } from "../lib/testing/images";
import {
  callServerAction,
  createWorkspace,
  expect,
  expectAccessible,
  firstLink,
  invitationLink,
  inviteByEmail,
  latestMail,
  newPerson,
  screenshot,
  signIn,
  signInByMail,
  slugOf,
  test,
  toast,
  uniqueDomain,
  uniqueEmail,
  openSwitcher,
} from "./fixtures";

const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

/** Screenshots of the current state in light and dark, at 375 and 1280 px (viewport only: open menus and toasts). */
async function shots(page: Page, name: string, { fullPage = false }: { fullPage?: boolean } = {}) {
  const before = page.viewportSize();
  for (const [label, size] of [["375", PHONE], ["1280", DESKTOP]] as const) {
    await page.setViewportSize(size);
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      // Colours change through CSS transitions: the picture waits until they have finished.
      await page.evaluate(() => Promise.all(document.getAnimations().filter((a) => a instanceof CSSTransition).map((a) => a.finished.catch(() => null))));
      await screenshot(page, `shell-${name}-${scheme}-${label}`, { fullPage });
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  if (before) await page.setViewportSize(before);
}

/** Holds every request `route` matches until `release()`: a state that is otherwise gone before a test can look. */
async function hold(page: Page, url: string | RegExp, when: (route: Route) => boolean = () => true) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let seen!: () => void;
  const arrived = new Promise<void>((resolve) => (seen = resolve));
  await page.route(url, async (route) => {
    if (!when(route)) return route.fallback();
    seen();
    await released;
    await route.fallback();
  });
  return { arrived, release: () => release() };
}

/** A member of `slug` (invited by email by its owner on `ownerPage`), signed in on their own page. */
async function invitedMember(ownerPage: Page, slug: string, role: "member" | "viewer" | "manager", browserPage: Page) {
  const email = uniqueEmail(role);
  await inviteByEmail(ownerPage, slug, [email], role);
  const link = await invitationLink(browserPage.request, email);
  await signInByMail(browserPage, email, new URL(link).pathname);
  await expect(browserPage).toHaveURL(link);
  await browserPage.getByRole("button", { name: "Accept invitation" }).click();
  await expect(browserPage).toHaveURL(new RegExp(`/w/${slug}$`));
  return email;
}

test("the switcher by keyboard: loading rows hold the focus, then the current workspace; Leave is never the first stop", async ({ page }) => {
  test.slow(); // several people, or many screenshots, on a busy machine
  await signIn(page, uniqueEmail("keys"));
  await expect(page).toHaveURL(/\/w\//);
  const personal = slugOf(page);
  const slug = await createWorkspace(page, "Keyboard team");
  await page.reload();

  // A fresh page: the list is still on its way when the menu opens.
  const list = await hold(page, "**/api/me/workspaces");
  const trigger = page.getByTestId("workspace-switcher");
  await trigger.focus();
  await page.keyboard.press("Enter");
  await list.arrived;
  const loading = page.getByTestId("switcher-loading");
  await expect(loading).toBeFocused();
  await expect(page.getByRole("menuitem", { name: "Create workspace" })).not.toBeFocused();
  await shots(page, "switcher-loading");
  // Keys pressed meanwhile move nothing: no Enter lands on "Create workspace" or "Leave".
  await page.keyboard.press("ArrowDown");
  await expect(loading).toBeFocused();
  list.release();

  const current = page.getByTestId(`switcher-item-${slug}`);
  await expect(current).toBeFocused();
  await expect(current).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId(`switcher-item-${personal}`)).toContainText("Personal · Owner");
  await expectAccessible(page);

  // The sole owner: "Leave" is disabled with the reason and the way to transfer ownership.
  const leave = page.getByRole("menuitem", { name: "Leave Keyboard team" });
  await expect(leave).toHaveAttribute("aria-disabled", "true");
  await expect(leave).toContainText("You are its only owner");
  await shots(page, "switcher-last-owner");

  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: "Create workspace" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(leave).not.toBeFocused();
  const transfer = page.getByRole("menuitem", { name: "Transfer ownership", exact: true });
  await expect(transfer).toBeFocused();
  // One key, one wait: on a busy machine a second key pressed before the first moved the focus is lost.
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("menuitem", { name: "Create workspace" })).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(current).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByTestId(`switcher-item-${personal}`)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/w/${personal}$`));

  // Opened again, the last list shows at once and the focus lands on the current workspace.
  await trigger.focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByTestId(`switcher-item-${personal}`)).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(trigger).toBeFocused();

  // Transfer ownership leads to the members page.
  await page.goto(`/w/${slug}`);
  await trigger.click();
  await page.getByRole("menuitem", { name: "Transfer ownership", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/settings/members$`));
});

test("the last owner's Leave, called directly as a server action, is refused and changes nothing", async ({ page }) => {
  await signIn(page, uniqueEmail("sole"));
  await expect(page).toHaveURL(/\/w\//);
  const slug = await createWorkspace(page, "Sole owner");
  const result = await callServerAction(page, "leaveWorkspaceAction", [slug]);
  expect(result).toMatchObject({ ok: false, code: "LAST_OWNER", message: expect.stringContaining("only owner") });
  await page.reload();
  await expect(page.getByTestId("workspace-title")).toHaveText("Sole owner");
  // The settings page offers the same rule: a disabled button that says why.
  await page.goto(`/w/${slug}/settings/general`);
  const leave = page.getByRole("button", { name: "Leave workspace" });
  await expect(leave).toBeDisabled();
  await expect(leave).toHaveAccessibleDescription(/only owner/);
});

test("a member may leave from the switcher", async ({ page, browser }) => {
  test.slow(); // several people, or many screenshots, on a busy machine
  await signIn(page, uniqueEmail("owner"));
  const slug = await createWorkspace(page, "Leavable");
  const context = await browser.newContext();
  const member = await context.newPage();
  await invitedMember(page, slug, "member", member);
  await openSwitcher(member);
  const leave = member.getByRole("menuitem", { name: "Leave Leavable" });
  await expect(leave).not.toHaveAttribute("aria-disabled", "true");
  await leave.click();
  await member.getByRole("dialog").getByRole("button", { name: "Leave" }).click();
  await expect(toast(member, "You left Leavable.")).toBeVisible();
  await expect(member).not.toHaveURL(new RegExp(`/w/${slug}`));
});

test("Ctrl K / ⌘K opens the switcher from anywhere, on the current workspace", async ({ page }) => {
  await signIn(page, uniqueEmail("shortcut"));
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  await page.goto(`/w/${slug}/settings/members`);
  await page.getByLabel("Search members").focus();
  await page.keyboard.press("ControlOrMeta+K");
  const current = page.getByTestId(`switcher-item-${slug}`);
  await expect(current).toBeFocused();
  await expect(page.getByRole("menu").getByText(/^(Ctrl K|⌘K)$/)).toBeVisible();
  await shots(page, "switcher-shortcut");
  await page.keyboard.press("ControlOrMeta+K");
  await expect(current).toBeHidden();
  await expect(page.getByTestId("workspace-switcher")).toBeFocused();
});

test("with more than 8 workspaces the filter box takes the focus on open, by mouse or keyboard, and filters as you type", async ({ page }) => {
  test.slow(); // several people, or many screenshots, on a busy machine
  await signIn(page, uniqueEmail("many"));
  await expect(page).toHaveURL(/\/w\//);
  const tag = Date.now().toString(36);
  for (let i = 1; i <= 8; i += 1) {
    const result = await callServerAction(page, "createWorkspaceAction", [{ displayName: `Team ${i}`, slug: `many-${tag}-${i}`, region: "local" }]);
    expect(result).toMatchObject({ ok: true });
  }
  await page.reload();
  const trigger = page.getByTestId("workspace-switcher");
  await expect(trigger).toHaveAttribute("aria-haspopup", "dialog");

  await trigger.click();
  const filter = page.getByLabel("Filter workspaces");
  await expect(filter).toBeFocused();
  await page.keyboard.type("team 7");
  await expect(page.getByTestId(`switcher-item-many-${tag}-7`)).toBeVisible();
  await expect(page.locator("[data-switcher-workspace]")).toHaveCount(1);
  await shots(page, "switcher-filter");
  await page.keyboard.press("Escape");
  await expect(filter).toBeHidden();

  await trigger.focus();
  await page.keyboard.press("Enter");
  await expect(filter).toBeFocused();
  await expect(filter).toHaveValue("");
  await page.keyboard.type("team 3");
  await expect(page.locator("[data-switcher-workspace]")).toHaveCount(1);
  await page.keyboard.press("ArrowDown");
  await expect(page.getByTestId(`switcher-item-many-${tag}-3`)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/w/many-${tag}-3$`));
});

test("an invitation accepted inside the switcher lands in the workspace with a welcome naming it and the role", async ({ page, browser }) => {
  test.slow(); // several people, or many screenshots, on a busy machine
  await signIn(page, uniqueEmail("host"));
  const slug = await createWorkspace(page, "Inbox team");
  const guest = await newPerson(browser, "guest");
  await inviteByEmail(page, slug, [guest.email], "viewer");

  const gp = guest.page;
  await gp.reload();
  await expect(gp.getByTestId("invitation-badge")).toHaveText("1");
  await openSwitcher(gp);
  const offer = gp.getByRole("menuitem", { name: "Accept invitation to Inbox team" });
  await expect(offer).toContainText("Viewer");
  await expectAccessible(gp);
  await shots(gp, "switcher-invitation");
  await offer.click();
  await expect(toast(gp, "Welcome to Inbox team. You joined as Viewer.")).toBeVisible();
  await expect(gp).toHaveURL(new RegExp(`/w/${slug}$`));
  await expect(gp.getByTestId("workspace-title")).toHaveText("Inbox team");
  await shots(gp, "welcome-toast");
  // The greeting is not repeated: the address no longer carries it.
  await gp.reload();
  await expect(gp.getByTestId("workspace-title")).toHaveText("Inbox team");
  await expect(toast(gp, "Welcome to Inbox team")).toHaveCount(0);
});

test("auto-join from the switcher: Join in place, then the welcome", async ({ page, browser }) => {
  test.slow(); // several people, or many screenshots, on a busy machine
  const domain = uniqueDomain();
  await signInByMail(page, uniqueEmail("boss", domain));
  const slug = await createWorkspace(page, "Domain team");
  await page.goto(`/w/${slug}/settings/domains`);
  await page.getByLabel("Domain", { exact: true }).fill(domain);
  await page.getByRole("button", { name: "Use my email address" }).click();
  await expect(toast(page, `${domain} added.`)).toBeVisible();
  await page.goto(`/w/${slug}/settings/invitations`);
  await page.getByLabel("Let people with a verified address on these domains join as members").check();
  await expect(toast(page, "Domain auto-join turned on.")).toBeVisible();

  const colleague = await newPerson(browser, "dev", domain);
  await colleague.page.reload();
  await openSwitcher(colleague.page);
  await colleague.page.getByRole("menuitem", { name: "Join Domain team" }).click();
  await expect(toast(colleague.page, "Welcome to Domain team. You joined as Member.")).toBeVisible();
  await expect(colleague.page).toHaveURL(new RegExp(`/w/${slug}$`));
});

test("accepting on the invitation page welcomes; declining confirms", async ({ page, browser }) => {
  test.slow(); // several people, or many screenshots, on a busy machine
  await signIn(page, uniqueEmail("host"));
  const slug = await createWorkspace(page, "Landing team");
  const context = await browser.newContext();
  const member = await context.newPage();
  await invitedMember(page, slug, "manager", member);
  await expect(toast(member, "Welcome to Landing team. You joined as Manager.")).toBeVisible();

  const decliner = uniqueEmail("decliner");
  await inviteByEmail(page, slug, [decliner], "member");
  const other = await browser.newContext();
  const dp = await other.newPage();
  const link = await invitationLink(dp.request, decliner);
  await signInByMail(dp, decliner, new URL(link).pathname);
  await dp.getByRole("button", { name: "Decline" }).click();
  await expect(toast(dp, "Invitation declined.")).toBeVisible();
  await expect(dp).toHaveURL(/\/account\/invitations$/);
});

test("a signed-out deep link comes back to exactly that page, query string included, after the magic link", async ({ page, browser }) => {
  test.slow(); // several people, or many screenshots, on a busy machine
  const email = uniqueEmail("deep");
  await signInByMail(page, email);
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);

  const context = await browser.newContext();
  const fresh = await context.newPage();
  const deep = `/w/${slug}/settings/members?q=${encodeURIComponent(email.split("@")[0])}&page=1`;
  await fresh.goto(deep);
  await expect(fresh).toHaveURL(/\/sign-in\?/);
  expect(new URL(fresh.url()).searchParams.get("callbackUrl")).toBe(deep);
  await fresh.getByLabel("Email address").fill(email);
  await fresh.getByRole("button", { name: /sign-in link/i }).click();
  await expect(fresh.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await fresh.goto(firstLink((await latestMail(fresh.request, email, /sign-in/i)).text));
  await expect(fresh).toHaveURL(deep);
  await expect(fresh.getByLabel("Search members")).toHaveValue(email.split("@")[0]);
  await expect(fresh.getByTestId("member-count")).toContainText("1");

  // An account page too.
  const other = await browser.newContext();
  const third = await other.newPage();
  await third.goto("/account/invitations");
  await expect(third).toHaveURL(/\/sign-in\?/);
  expect(new URL(third.url()).searchParams.get("callbackUrl")).toBe("/account/invitations");
});

test("the sign-in callback stays on this site, whatever the deep link says", async ({ page }) => {
  for (const evil of ["//evil.example.com/w/x", "/\\evil.example.com", "https://evil.example.com/w/x"]) {
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(evil)}`);
    await expect(page.locator('input[name="callbackUrl"]').first()).toHaveValue("/");
  }
  // A path that looks like another host is still a path here.
  const res = await page.request.get("/w/%2F%2Fevil.example.com", { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  const location = new URL(res.headers()["location"], "http://localhost");
  expect(location.pathname).toBe("/sign-in");
  expect(location.searchParams.get("callbackUrl")).toMatch(/^\/w\//);
});

test("not found and forbidden keep the shell, say who is signed in and offer to switch account", async ({ page, browser }) => {
  test.slow(); // several people, or many screenshots, on a busy machine
  const ownerEmail = uniqueEmail("owner");
  await signIn(page, ownerEmail);
  const slug = await createWorkspace(page, "Private team");
  const context = await browser.newContext();
  const member = await context.newPage();
  const email = await invitedMember(page, slug, "member", member);

  // A page the member's role may not open: the same explanation, inside the shell and the settings tabs.
  await member.goto(`/w/${slug}/settings/activity`);
  await expect(member.getByRole("heading", { name: "This page is not for your role" })).toBeVisible();
  await expect(member.getByText("Only owners and managers can open Activity.")).toBeVisible();
  await expect(member.getByTestId("signed-in-as")).toHaveText(email);
  await expect(member.getByTestId("workspace-switcher")).toContainText("Private team");
  await expect(member.getByRole("navigation", { name: "Workspace settings" })).toBeVisible();
  await expectAccessible(member);
  await shots(member, "forbidden", { fullPage: true });

  // Not found: the shell, who is signed in, and "Switch account" back to this very page.
  const missing = `/w/no-such-${Date.now().toString(36)}?from=mail`;
  const res = await member.goto(missing);
  expect(res?.status()).toBe(404);
  await expect(member.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(member.getByTestId("signed-in-as")).toHaveText(email);
  await expect(member.getByTestId("workspace-switcher")).toBeVisible();
  await expect(member.getByRole("button", { name: "Account menu" })).toBeVisible();
  await expectAccessible(member);
  await shots(member, "not-found", { fullPage: true });

  // The button keeps its width while it works.
  const action = await hold(member, /\/w\/no-such-/, (route) => route.request().method() === "POST");
  const switchAccount = member.getByRole("button", { name: "Switch account" });
  const width = (await switchAccount.boundingBox())!.width;
  await switchAccount.click();
  await action.arrived;
  await expect(switchAccount).toHaveAttribute("aria-busy", "true");
  expect((await switchAccount.boundingBox())!.width).toBeCloseTo(width, 0);
  await screenshot(member, "shell-button-pending", { fullPage: false });
  action.release();
  await expect(member).toHaveURL(`/sign-in?callbackUrl=${encodeURIComponent(missing)}`);
  await member.goto("/");
  await expect(member).toHaveURL(/\/sign-in/);
});

test("phones: the header fits 375 px, Overview and Settings stay reachable, the account menu is whole", async ({ page }) => {
  test.slow(); // several people, or many screenshots, on a busy machine
  await page.setViewportSize(PHONE);
  const email = uniqueEmail("a-rather-long-address-for-a-phone");
  await signIn(page, email);
  await expect(page).toHaveURL(/\/w\//);
  const slug = await createWorkspace(page, "A workspace with a long display name");
  // The pages whose content is the shell's own: nothing on them is wider than the phone.
  for (const path of [`/w/${slug}`, `/w/${slug}/settings/general`, "/new"]) {
    await page.goto(path);
    await expect(page.getByTestId("workspace-switcher")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), path).toBe(true);
  }
  // Every page's header fits, whatever the content below it does.
  for (const path of [`/w/${slug}/settings/members`, "/account", "/account/invitations"]) {
    await page.goto(path);
    const header = page.locator("header").first();
    await expect(header).toBeVisible();
    const fits = await header.evaluate((h) => h.scrollWidth <= h.clientWidth && h.getBoundingClientRect().right <= window.innerWidth);
    expect(fits, path).toBe(true);
  }
  await page.goto(`/w/${slug}`);
  const nav = page.getByRole("navigation", { name: "Workspace" });
  await expect(nav.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
  await shots(page, "header", { fullPage: true });
  await nav.getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/settings/general$`));
  await expect(nav.getByRole("link", { name: "Settings" })).toHaveAttribute("aria-current", "page");

  await page.getByRole("button", { name: "Account menu" }).click();
  const menu = page.getByRole("menu");
  await expect(menu.getByTestId("account-email")).toHaveText(email);
  const box = (await menu.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  await shots(page, "account-menu");
  await page.keyboard.press("Escape");

  await openSwitcher(page);
  const switcher = page.getByRole("menu");
  await expect(switcher.getByTestId(`switcher-item-${slug}`)).toBeVisible();
  const sbox = (await switcher.boundingBox())!;
  expect(sbox.x + sbox.width).toBeLessThanOrEqual(PHONE.width);
});

test("the header shows who is signed in: their avatar, and in the account menu their display name and email", async ({ page }) => {
  test.slow(); // several people, or many screenshots, on a busy machine
  const email = uniqueEmail("grace");
  await signIn(page, email);
  await expect(page).toHaveURL(/\/w\//);
  const slug = await createWorkspace(page, "Compiler Works");
  const header = page.locator("header");
  const trigger = page.getByRole("button", { name: "Account menu" });
  // Initials first: of the email, then of the display name.
  await expect(trigger.locator("span.avatar-person")).toHaveText(email.charAt(0).toUpperCase());
  await page.goto("/account");
  await page.getByLabel("Display name").fill("Grace Hopper");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(toast(page, "Display name saved.")).toBeVisible();
  await expect(trigger.locator("span.avatar-person")).toHaveText("GH");
  await page.locator("#avatar").setInputFiles({ name: "me.png", mimeType: "image/png", buffer: Buffer.from(pngImage(128)) });
  await expect(toast(page, "Avatar updated.")).toBeVisible();
  const src = (await page.getByRole("main").locator("img.avatar-person").getAttribute("src"))!;

  // Then the uploaded avatar, on every page's header.
  await page.goto(`/w/${slug}`);
  const avatar = trigger.locator("img.avatar-person");
  await expect(avatar).toHaveAttribute("src", src);
  await expect.poll(() => avatar.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await shots(page, "header-avatar");

  await trigger.click();
  const menu = page.getByRole("menu");
  await expect(menu.getByTestId("account-name")).toHaveText("Grace Hopper");
  await expect(menu.getByTestId("account-email")).toHaveText(email);
  await expect(menu.locator("img.avatar-person")).toHaveAttribute("src", src);
  await expect.poll(() => menu.locator("img.avatar-person").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expectAccessible(page);
  await shots(page, "account-menu-avatar");
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(trigger).toBeFocused();

  await openSwitcher(header);
  await expect(page.getByRole("menu").getByTestId(`switcher-item-${slug}`)).toBeVisible();
  await shots(page, "switcher-open");
});

test("a loading bar shows while the next page loads, over the page being left", async ({ page }) => {
  await signIn(page, uniqueEmail("loading"));
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  await page.goto(`/w/${slug}/settings/general`);
  await page.waitForLoadState("networkidle");
  // The links are plain anchors that the app's router takes (components/shell/link-navigation.tsx): the document stays.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  // The navigation's own request for the members tab (not a prefetch) waits until the bar has been seen.
  const tab = await hold(page, new RegExp(`/w/${slug}/settings/members`), (route) => {
    const headers = route.request().headers();
    return headers["rsc"] === "1" && !headers["next-router-prefetch"];
  });
  await page.getByRole("navigation", { name: "Workspace settings" }).getByRole("link", { name: "Members" }).click();
  await tab.arrived;
  await expect(page.getByRole("progressbar", { name: "Loading page" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
  await shots(page, "settings-loading");
  tab.release();
  await expect(page.getByTestId("member-count")).toBeVisible();
  await expect(page.getByTestId("page-loading")).toHaveCount(0);
  // A search form's submit is a navigation too; a link to the page already shown is not.
  const search = await hold(page, /[?&]q=grace/, (route) => route.request().headers()["rsc"] === "1");
  await page.getByLabel("Search members").fill("grace");
  await page.getByLabel("Search members").press("Enter");
  await search.arrived;
  await expect(page.getByTestId("page-loading")).toBeVisible();
  search.release();
  await expect(page).toHaveURL(/q=grace/);
  await expect(page.getByTestId("page-loading")).toHaveCount(0);
  await page.getByRole("navigation", { name: "Workspace settings" }).getByRole("link", { name: "Members" }).click();
  await expect(page).not.toHaveURL(/q=grace/);
  await expect(page.getByTestId("page-loading")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
});

test("copy and toasts: one wording, and dark toasts in the dark scheme", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.emulateMedia({ colorScheme: "dark" });
  await signIn(page, uniqueEmail("copy"));
  await expect(page).toHaveURL(/\/w\//);
  await page.goto("/account/tokens");
  await page.getByRole("button", { name: "New token" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill("laptop");
  await dialog.getByRole("button", { name: "Create token" }).click();
  await dialog.getByRole("button", { name: "Copy token" }).click();
  const copied = toast(page, "Copied to clipboard");
  await expect(copied).toBeVisible();
  await expect(page.locator("[data-sonner-toaster]")).toHaveAttribute("data-sonner-theme", "dark");
  await screenshot(page, "shell-toast-dark", { fullPage: false });
});

test("settings tabs on a phone: the tab of the page you are on is scrolled into view, and the page never scrolls sideways", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signIn(page, uniqueEmail("tabs"));
  await expect(page).toHaveURL(/\/w\//);
  const slug = await createWorkspace(page, "Tabs team");
  const tabs = page.getByRole("navigation", { name: "Workspace settings" });
  for (const [segment, label] of [["security", "Security"], ["activity", "Activity"], ["general", "General"]] as const) {
    await page.goto(`/w/${slug}/settings/${segment}`);
    const current = tabs.getByRole("link", { name: label });
    await expect(current).toHaveAttribute("aria-current", "page");
    // Wholly inside the phone's width, where a person can see and tap it.
    await expect
      .poll(async () => {
        const box = await current.boundingBox();
        return box !== null && box.x >= 0 && box.x + box.width <= PHONE.width;
      })
      .toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  }
  await page.goto(`/w/${slug}/settings/security`);
  await expect(tabs.getByRole("link", { name: "Security" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("page-loading")).toHaveCount(0);
  await screenshot(page, "shell-settings-tabs-security-light-375", { fullPage: false });
});
