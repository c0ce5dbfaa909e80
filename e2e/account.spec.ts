import type { Page } from "@playwright/test";
import { pngImage } from "../lib/testing/images";
import {
  callServerAction,
  createWorkspace,
  expect,
  expectAccessible,
  inviteAndAccept,
  latestMail,
  signInByMail,
  test,
  toast,
  uniqueEmail,
} from "./fixtures";

// People and workspaces have identity (display name, avatar, logo); the account page lists every workspace with Leave
// and deletes the account. Screenshots: account-*, general-logo-*, home-logo-* at 375 and 1280 px, light and dark.

const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
] as const;

/** Screenshots of the current page (the viewport only for an open dialog) at both widths in both schemes, then back to 1280 light. */
async function screenshots(page: Page, name: string, { fullPage = true } = {}) {
  for (const viewport of VIEWPORTS) {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `test-results/screenshots/${process.env.E2E_DB ?? "local"}-${name}-${viewport.width}-${colorScheme}.png`, fullPage });
    }
  }
  await page.setViewportSize(VIEWPORTS[1]);
  await page.emulateMedia({ colorScheme: "light" });
}

/** Waits until every image on the page has loaded (the avatars and logos are fetched with the session cookie). */
async function imagesLoaded(page: Page) {
  await expect.poll(() => page.evaluate(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0))).toBe(true);
}

test("a display name, an avatar and a logo; the last owner cannot leave or delete the account, even by calling the actions", async ({ page }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("ada");
  await signInByMail(page, email);
  const slug = await createWorkspace(page, "Orbit Labs");

  await page.goto("/account");
  // The profile's avatar (the header shows the same person's: e2e/shell.spec.ts).
  const profile = page.getByRole("main");
  await expect(profile.locator("span.avatar-person").first()).toHaveText(email.charAt(0).toUpperCase());
  await page.getByLabel("Display name").fill("Ada Lovelace");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(toast(page, "Display name saved.")).toBeVisible();
  await expect(profile.locator("span.avatar-person").first()).toHaveText("AL");

  // Bytes that are not an image are refused by the server whatever the file claims to be.
  await page.locator("#avatar").setInputFiles({ name: "me.png", mimeType: "image/png", buffer: Buffer.from("<svg onload=alert(1)>") });
  await expect(page.getByText("Choose a PNG, JPEG, WebP or GIF image.")).toBeVisible();
  await page.locator("#avatar").setInputFiles({ name: "me.png", mimeType: "image/png", buffer: Buffer.from(pngImage(128)) });
  await expect(toast(page, "Avatar updated.")).toBeVisible();
  const avatar = profile.locator("img.avatar-person");
  await expect(avatar).toHaveAttribute("src", /^\/api\/avatars\/[^?]+\?v=[0-9a-f]{16}$/);
  const src = (await avatar.getAttribute("src"))!;
  // maxRetries: a kept-alive connection the server closed as idle just as the request went out (ECONNRESET, seen once on CI).
  const served = await page.request.get(src, { maxRetries: 2 });
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/png");
  expect(served.headers()["cache-control"]).toBe("private, max-age=31536000, immutable");
  const revalidated = await page.request.get(src, { headers: { "if-none-match": served.headers()["etag"] }, maxRetries: 2 });
  expect(revalidated.status()).toBe(304);

  await page.goto(`/w/${slug}/settings/general`);
  await page.locator("#logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from(pngImage(128, "#0ea5e9", "#22c55e")) });
  await expect(toast(page, "Logo updated.")).toBeVisible();
  await expect(page.getByRole("img", { name: "Logo of Orbit Labs" })).toHaveAttribute("src", new RegExp(`^/api/logos/${slug}\\?v=`));
  await imagesLoaded(page);
  await expectAccessible(page);
  await screenshots(page, "general-logo");
  await page.goto(`/w/${slug}`);
  await imagesLoaded(page);
  await screenshots(page, "home-logo");

  await page.goto("/account");
  const row = page.getByTestId(`account-workspace-${slug}`);
  await expect(row.getByTestId("account-workspace-role")).toHaveText("Owner");
  await expect(row.getByRole("button", { name: "Leave Orbit Labs" })).toBeDisabled();
  await expect(row).toContainText("You are its only owner.");
  await expect(row.getByRole("link", { name: "Transfer ownership" })).toHaveAttribute("href", `/w/${slug}/settings/members`);
  await expect(page.getByText("Your personal workspace cannot be left.")).toBeVisible();
  await expect(page.getByTestId("delete-account-blocked")).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete account" })).toBeDisabled();
  await imagesLoaded(page);
  await expectAccessible(page);
  await screenshots(page, "account-owner");

  // The domain refuses them too, whatever the page shows.
  expect(await callServerAction(page, "leaveWorkspaceAction", [slug])).toMatchObject({ ok: false, code: "LAST_OWNER" });
  expect(await callServerAction(page, "deleteAccountAction", [{ confirmEmail: email }])).toMatchObject({
    ok: false,
    code: "LAST_OWNER",
    message: "You are the last owner of Orbit Labs. Transfer ownership or delete it first.",
  });
  await page.reload();
  await expect(page.getByTestId(`account-workspace-${slug}`)).toBeVisible();
});

test("a member leaves from the account page, the inviter hears of the acceptance, then the member deletes their account and is signed out", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const ownerEmail = uniqueEmail("owner");
  await signInByMail(page, ownerEmail);
  const slug = await createWorkspace(page, "Harbor");
  const member = await inviteAndAccept(page, browser, slug, "member", "leaver");
  expect((await latestMail(page.request, ownerEmail, /accepted your invitation/)).subject).toBe(`${member.email} accepted your invitation to Harbor`);

  const mp = member.page;
  await mp.goto("/account");
  const row = mp.getByTestId(`account-workspace-${slug}`);
  await expect(row.getByTestId("account-workspace-role")).toHaveText("Member");
  await imagesLoaded(mp);
  await screenshots(mp, "account-member");
  await row.getByRole("button", { name: "Leave Harbor" }).click();
  await mp.getByRole("dialog").getByRole("button", { name: "Leave" }).click();
  await expect(toast(mp, "You left Harbor.")).toBeVisible();
  await expect(row).toHaveCount(0);
  await expect(mp).toHaveURL(/\/account$/);

  await mp.getByRole("button", { name: "Delete account" }).click();
  const dialog = mp.getByRole("dialog");
  const confirm = dialog.getByRole("button", { name: "Delete my account" });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/to confirm/).fill(member.email);
  await expectAccessible(mp, "[role=dialog]");
  await screenshots(mp, "account-delete-dialog", { fullPage: false });
  await confirm.click();
  await expect(mp).toHaveURL(/\/sign-in\?deleted=1$/);
  await expect(mp.getByRole("status").filter({ hasText: "Your account was deleted." })).toBeVisible();
  await mp.goto("/account");
  await expect(mp).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount$/);
});
