import { createWorkspace } from "./api-helpers";
import { expect, signInByMail, test, uniqueEmail } from "./fixtures";

// Every signed-in page, and sign-in, at a phone's and a laptop's width in light and dark: each loads with its heading,
// and leaves a screenshot in test-results/screenshots/ to look at (every-page-<page>-<width>-<scheme>.png).
const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
] as const;
const SCHEMES = ["light", "dark"] as const;

test("every page loads at 375 and 1280 px, light and dark", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signInByMail(page, uniqueEmail("pages"));
  const slug = await createWorkspace(page, "pages");
  const pages: [name: string, path: string, heading: string | RegExp][] = [
    ["home", `/w/${slug}`, /^Team /],
    ["general", `/w/${slug}/settings/general`, "Settings"],
    ["members", `/w/${slug}/settings/members`, "Settings"],
    ["invitations", `/w/${slug}/settings/invitations`, "Settings"],
    ["tokens", `/w/${slug}/settings/tokens`, "Settings"],
    ["activity", `/w/${slug}/settings/activity`, "Settings"],
    ["new", "/new", "Create a workspace"],
    ["account", "/account", "Account"],
    ["account-invitations", "/account/invitations", "Account"],
    ["account-tokens", "/account/tokens", "Account"],
    ["api-reference", "/docs/api", /API/],
  ];
  const signedOut = await browser.newContext();
  const visitor = await signedOut.newPage();
  for (const viewport of VIEWPORTS) {
    for (const colorScheme of SCHEMES) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      for (const [name, path, heading] of pages) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1, name: heading }).first()).toBeVisible();
        await page.screenshot({ path: `test-results/screenshots/${process.env.E2E_DB ?? "local"}-every-page-${name}-${viewport.width}-${colorScheme}.png` });
      }
      await visitor.setViewportSize(viewport);
      await visitor.emulateMedia({ colorScheme });
      await visitor.goto("/sign-in");
      await expect(visitor.getByRole("heading", { level: 1, name: "Sign in to Roster" })).toBeVisible();
      await visitor.screenshot({ path: `test-results/screenshots/${process.env.E2E_DB ?? "local"}-every-page-sign-in-${viewport.width}-${colorScheme}.png` });
    }
  }
});
