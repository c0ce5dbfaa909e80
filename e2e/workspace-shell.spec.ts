import { expect, expectAccessible, screenshot, signIn, test, uniqueEmail } from "./fixtures";

test("the switcher lists the personal workspace and works by keyboard", async ({ page }) => {
  await signIn(page, uniqueEmail("keys"));
  await expect(page).toHaveURL(/\/w\//);
  const slug = new URL(page.url()).pathname.split("/")[2];

  await expectAccessible(page);
  const trigger = page.getByTestId("workspace-switcher");
  await trigger.focus();
  await page.keyboard.press("Enter");
  const item = page.getByTestId(`switcher-item-${slug}`);
  await expect(item).toBeVisible();
  await expect(item).toHaveAttribute("aria-current", "page");
  await expect(item).toContainText("Personal · Owner");
  await expect(page.getByRole("menuitem", { name: "Create workspace" })).toBeVisible();
  await screenshot(page, "switcher-open");
  await page.keyboard.press("Escape");
  await expect(item).toBeHidden();
  // Focus returns to the trigger (a moment after the menu unmounts).
  await expect(trigger).toBeFocused();

  await page.keyboard.press("Space");
  await expect(item).toBeVisible();
  await expect(item).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: "Create workspace" })).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(item).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/w/${slug}$`));
});

test("another user's workspace is a 404, the same page as a workspace that does not exist", async ({ browser }) => {
  const first = await browser.newContext();
  const firstPage = await first.newPage();
  await signIn(firstPage, uniqueEmail("owner"));
  await expect(firstPage).toHaveURL(/\/w\//);
  const slug = new URL(firstPage.url()).pathname.split("/")[2];

  const second = await browser.newContext();
  const page = await second.newPage();
  await signIn(page, uniqueEmail("intruder"));
  await expect(page).toHaveURL(/\/w\//);

  const forbidden = await page.goto(`/w/${slug}`);
  expect(forbidden?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  // The shell and who is signed in arrive once the page is shown (nothing is read for it on every request).
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  const forbiddenText = await page.locator("main").innerText();
  await expectAccessible(page);

  const missing = await page.goto(`/w/no-such-workspace-${Date.now()}`);
  expect(missing?.status()).toBe(404);
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  expect(await page.locator("main").innerText()).toBe(forbiddenText);

  await first.close();
  await second.close();
});

test("signed-out visitors are sent to sign in", async ({ page }) => {
  await page.goto("/w/anything");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fw%2Fanything/);
});

test("health reports the database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", db: "ok" });
});

test("the switcher's list comes from a route that answers only a signed-in user", async ({ request }) => {
  const res = await request.get("/api/me/workspaces");
  expect(res.status()).toBe(401);
  expect(await res.json()).toMatchObject({ code: "UNAUTHENTICATED" });
});
