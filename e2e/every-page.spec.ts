import type { Page } from "@playwright/test";
import { closeSecretDialog, createTokenInDialog, createWorkspace } from "./api-helpers";
import { expect, expectDialogFits, expectNoHorizontalScroll, invitationLink, inviteByEmail, latestMail, screenshot, signInByMail, test, uniqueEmail } from "./fixtures";

// Every signed-in page, and the signed-out ones, at a phone's and a laptop's width in light and dark: each loads with its heading,
// and leaves a full-page screenshot in test-results/screenshots/ (every-page-<page>-<width>-<scheme>.png). At 375 px
// no page scrolls sideways, and a dialog of each page with a table fits on the screen.
const PHONE = { width: 375, height: 812 };
const VIEWPORTS = [PHONE, { width: 1280, height: 800 }] as const;
const SCHEMES = ["light", "dark"] as const;

test("every page loads at 375 and 1280 px, light and dark; at 375 px nothing scrolls sideways and dialogs fit", async ({ page }) => {
  test.setTimeout(180_000);
  await signInByMail(page, uniqueEmail("pages"));
  const slug = await createWorkspace(page, "pages");

  // Rows in every table, each added through its page's dialog on a phone: the dialog must fit the screen.
  await page.setViewportSize(PHONE);
  await page.goto(`/w/${slug}/settings/tokens`);
  await page.getByRole("button", { name: "New service account" }).click();
  await expectDialogFits(page);
  await page.getByRole("dialog").getByLabel("Name").fill("Deploy bot with a rather long name");
  await page.getByRole("dialog").getByRole("button", { name: "Create service account" }).click();
  await expect(page.getByTestId("service-account-row-Deploy bot with a rather long name")).toBeVisible();
  await createTokenInDialog(page, { name: "CI deploy", trigger: page.getByRole("region", { name: "API tokens" }).getByRole("button", { name: "New token" }) });
  await expectDialogFits(page);
  await screenshot(page, "every-page-tokens-secret-375", { fullPage: false });
  await closeSecretDialog(page);
  await page.goto("/account/tokens");
  await createTokenInDialog(page, { name: "Laptop" });
  await expectDialogFits(page);
  await closeSecretDialog(page);

  await inviteByEmail(page, slug, [uniqueEmail("someone-with-a-long-address")], "member");
  await page.getByRole("button", { name: "Create link" }).click();
  await expect(page.getByRole("dialog", { name: "Copy your new invite link" })).toBeVisible();
  await expectDialogFits(page);
  await screenshot(page, "every-page-invite-link-375", { fullPage: false });
  await page.getByRole("dialog").getByRole("button", { name: "Done" }).click();

  await page.goto(`/w/${slug}/settings/members`);
  await page.getByRole("button", { name: "Remove Deploy bot with a rather long name" }).click();
  await expect(page.getByRole("dialog", { name: /^Remove / })).toBeVisible();
  await expectDialogFits(page);
  await screenshot(page, "every-page-remove-member-375", { fullPage: false });
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);

  const pages: [name: string, path: string, heading: string | RegExp][] = [
    ["home", `/w/${slug}`, /^Team /],
    ["general", `/w/${slug}/settings/general`, "Settings"],
    ["members", `/w/${slug}/settings/members`, "Settings"],
    ["invitations", `/w/${slug}/settings/invitations`, "Settings"],
    ["domains", `/w/${slug}/settings/domains`, "Settings"],
    ["tokens", `/w/${slug}/settings/tokens`, "Settings"],
    ["activity", `/w/${slug}/settings/activity`, "Settings"],
    ["webhooks", `/w/${slug}/settings/webhooks`, "Settings"],
  ];
  await shootEvery(page, pages);
});

// The pages outside a workspace, in a journey of their own (one journey of every page took 168-180 s of its 180 s on a
// busy machine).
test("every account page, /new and the API reference load at 375 and 1280 px, light and dark; nothing scrolls sideways at 375 px", async ({ page }) => {
  test.setTimeout(150_000);
  await signInByMail(page, uniqueEmail("account-pages"));
  await createWorkspace(page, "account-pages");
  await page.goto("/account/tokens");
  await createTokenInDialog(page, { name: "Laptop" });
  await closeSecretDialog(page);
  await shootEvery(page, [
    ["new", "/new", "Create a workspace"],
    ["account", "/account", "Account"],
    ["account-invitations", "/account/invitations", "Account"],
    ["account-tokens", "/account/tokens", "Account"],
    ["api-reference", "/docs/api", /API/],
  ]);
});

// The pages the journeys above leave out (Access, Provisioning, a webhook's delivery log and the CLI's device page are
// shot by their own journeys, each with the same check at 375 px).
test("the security settings, a mailbox message and the sign-in error page load at 375 and 1280 px, light and dark; nothing scrolls sideways at 375 px", async ({ page }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("more-pages");
  await signInByMail(page, email);
  const slug = await createWorkspace(page, "more-pages");
  const message = await latestMail(page.request, email);
  await shootEvery(page, [
    ["security", `/w/${slug}/settings/security`, "Settings"],
    ["mailbox-message", `/dev/mailbox/${message.id}`, message.subject],
    ["sign-in-error", "/sign-in/error?error=Verification", "This sign-in link has expired or was already used"],
  ]);
});

// Signed out: sign-in, "check your email" after asking for a link (it names the address), an invitation, the local mailbox.
test("every signed-out page loads at 375 and 1280 px, light and dark, and nothing scrolls sideways at 375 px", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signInByMail(page, uniqueEmail("host"));
  const slug = await createWorkspace(page, "visited");
  const invitee = uniqueEmail("someone-with-a-long-address");
  await inviteByEmail(page, slug, [invitee], "member");
  const invitePath = new URL(await invitationLink(page.request, invitee)).pathname;

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/sign-in");
  await visitor.getByLabel("Email address").fill(uniqueEmail("visitor-with-a-rather-long-address"));
  await visitor.getByRole("button", { name: /sign-in link/i }).click();
  await expect(visitor.getByTestId("check-email-address")).toBeVisible();
  await shootEvery(visitor, [
    ["sign-in", "/sign-in", "Sign in to Roster"],
    ["check-email", "/sign-in/check-email", "Check your email"],
    ["invite", invitePath, /^Team /],
    ["mailbox", "/dev/mailbox", "Local mailbox"],
  ]);
});

/** Each page at both widths in both schemes: its heading, no sideways scroll at 375 px, and a full-page screenshot. */
async function shootEvery(page: Page, pages: [name: string, path: string, heading: string | RegExp][]) {
  for (const viewport of VIEWPORTS) {
    for (const colorScheme of SCHEMES) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      for (const [name, path, heading] of pages) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1, name: heading }).first()).toBeVisible();
        if (viewport === PHONE) await expectNoHorizontalScroll(page, name);
        await screenshot(page, `every-page-${name}-${viewport.width}-${colorScheme}`);
      }
    }
  }
}
