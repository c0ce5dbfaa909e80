import type { Page } from "@playwright/test";
import { expect, expectAccessible, test, toast } from "./fixtures";
import { colorScheme, viewportScreenshot } from "./api-helpers";

// axe over the whole reference page took 40 s on a loaded 2-core machine and over 120 s on a busier one. Every
// operation and schema is drawn by the same markup, so axe checks the page's shell and navigation, its introduction,
// the errors table and two operations (one with a body); one scheme per test.
const CHECKED = ["header", "nav", "main > section:first-child", "#authentication", "#errors", "#listMembers", "#changeMemberRole"];
for (const scheme of ["light", "dark"] as const) {
  test(`the API reference renders the OpenAPI document, accessible in the ${scheme} scheme`, async ({ page }) => {
    test.setTimeout(120_000);
    if (scheme === "light") {
      const doc = await page.request.get("/api/v1/openapi.json");
      expect(doc.status()).toBe(200);
      expect(((await doc.json()) as { openapi: string }).openapi).toBe("3.1.0");
    }
    await colorScheme(page, scheme);
    await page.goto("/docs/api");
    await expect(page.getByRole("heading", { name: "Roster API", level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "List members" })).toBeVisible();
    await expect(page.locator("#error-rate-limited")).toContainText("429");
    await expectAccessible(page, CHECKED);
    const suffix = scheme === "dark" ? "-dark" : "";
    await viewportScreenshot(page, `api-reference${suffix}`);
    await viewportScreenshot(page, `api-reference-operation${suffix}`, scheme === "dark" ? "#changeMemberRole" : "#listMembers");
  });
}

/** The heading an anchor jumped to sits below the sticky header, not under it. */
async function expectBelowHeader(page: Page, heading: ReturnType<Page["locator"]>) {
  await expect
    .poll(async () => {
      const header = await page.locator("header").first().boundingBox();
      const box = await heading.boundingBox();
      if (!header || !box) return "not laid out";
      // In view (the jump happened) and not under the header.
      return box.y >= header.y + header.height && box.y < (page.viewportSize()?.height ?? 0) ? "below the header" : `at ${box.y}, header ends at ${header.y + header.height}`;
    })
    .toBe("below the header");
}

for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 812 }]) {
  test(`API reference anchors land below the sticky header at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto("/docs/api#changeMemberRole");
    await expectBelowHeader(page, page.getByRole("heading", { name: "Change a member's role" }));
    await viewportScreenshot(page, `api-reference-anchor-${viewport.width}`);
    // A problem document's `type` links to its row in the errors table.
    await page.goto("/docs/api#error-rate-limited");
    await expectBelowHeader(page, page.locator("#error-rate-limited"));
    await page.goto("/docs/api#schema-Member");
    await expectBelowHeader(page, page.locator("#schema-Member h3"));

    // The table of contents: a column on wide screens, "On this page" on phones.
    await page.goto("/docs/api");
    if (viewport.width < 1024) {
      await page.getByText("On this page").click();
      await viewportScreenshot(page, `api-reference-contents-${viewport.width}`);
    }
    await page.getByRole("navigation", { name: "API operations" }).getByRole("link", { name: "List activity" }).click();
    await expect(page).toHaveURL(/#listActivity$/);
    await expectBelowHeader(page, page.getByRole("heading", { name: "List activity" }));
  });
}

test("API reference examples use this server's origin and copy with the app's one confirmation", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/docs/api#inviteMembers");
  const examples = page.getByTestId("code-example");
  await expect(examples.first()).toContainText(`${baseURL}/api/v1/members?q=ada`);
  expect(await examples.count()).toBeGreaterThan(10);
  for (const text of await examples.allTextContents()) {
    expect(text).toContain(baseURL);
    expect(text).not.toMatch(/roster\.example\.com|localhost:3000/);
  }
  const invite = page.locator("#inviteMembers");
  await expect(invite.getByTestId("code-example")).toContainText(`curl -X POST '${baseURL}/api/v1/invitations'`);
  await invite.getByRole("button", { name: "Copy the example: Invite people by email" }).click();
  await expect(toast(page, "Copied to clipboard")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await invite.getByTestId("code-example").textContent());
  expect(copied).toContain('"role": "member"');
});
