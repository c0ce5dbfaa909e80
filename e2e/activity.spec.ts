import { expect, expectAccessible, screenshot, signIn, test, uniqueEmail } from "./fixtures";
import { api, closeSecretDialog, colorScheme, createTokenInDialog, createWorkspace } from "./api-helpers";

test("the activity page shows who did what, through the app or a token, filtered by action and actor", async ({ page }) => {
  const email = uniqueEmail("audit");
  await signIn(page, email);
  const slug = await createWorkspace(page, "audit");

  await page.goto(`/w/${slug}/settings/general`);
  await page.getByLabel("Display name").fill("Audited team");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Workspace renamed.")).toBeVisible();

  await page.goto(`/w/${slug}/settings/tokens`);
  const secret = await createTokenInDialog(page, { name: "audit bot", role: "Owner" });
  await closeSecretDialog(page);
  const renamed = await api(page.request, secret).patch("/api/v1/workspace", { displayName: "Renamed through the API" });
  expect(renamed.status()).toBe(200);

  await page.goto(`/w/${slug}/settings/activity`);
  await expect(page.getByRole("link", { name: "Activity" })).toHaveAttribute("aria-current", "page");
  const rows = page.getByTestId("activity-row");
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText("Renamed the workspace");
  await expect(rows.nth(0)).toContainText("via API token “audit bot”");
  await expect(rows.nth(0)).toContainText("“Audited team” → “Renamed through the API”");
  await expect(rows.nth(1)).toContainText("Created an API token");
  await expect(rows.nth(2)).toContainText("Renamed the workspace");
  await expect(rows.nth(3)).toContainText("Created the workspace");
  await expect(rows.nth(3)).toContainText(email);
  await expectAccessible(page);
  await page.mouse.move(0, 0);
  await screenshot(page, "activity");
  await colorScheme(page, "dark");
  await screenshot(page, "activity-dark");
  await colorScheme(page, "light");

  // The same data through the API.
  const viaApi = (await (await api(page.request, secret).get("/api/v1/activity")).json()) as { data: { action: string }[] };
  expect(viaApi.data.map((e) => e.action)).toEqual(["workspace.renamed", "token.created", "workspace.renamed", "workspace.created"]);

  // Choosing an action applies it at once: there is no separate button.
  await expect(page.getByRole("button", { name: "Filter" })).toHaveCount(0);
  await page.getByLabel("Action").selectOption({ label: "Created an API token" });
  await expect(page).toHaveURL(/\?action=token\.created$/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("audit bot");
  await expectAccessible(page);

  await page.getByLabel("Action").selectOption({ label: "All actions" });
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/settings/activity$`));
  await expect(rows).toHaveCount(4);
  await rows.first().getByRole("link", { name: email }).click();
  await expect(page.getByTestId("actor-filter")).toContainText(email);
  await expect(rows).toHaveCount(4);
  // The actor filter stays when an action is chosen.
  await page.getByLabel("Action").selectOption({ label: "Created the workspace" });
  await expect(page).toHaveURL(/action=workspace\.created/);
  await expect(page).toHaveURL(/actor=/);
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId("actor-filter")).toContainText(email);
  await page.getByRole("link", { name: "Clear the actor filter" }).click();
  await expect(page.getByTestId("actor-filter")).toHaveCount(0);
  await expect(page.getByLabel("Action")).toHaveValue("workspace.created");
});

test("members without activity:read have no Activity tab and get the explanation of what their role cannot open", async ({ browser }) => {
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await signIn(owner, uniqueEmail("owner"));
  const slug = await createWorkspace(owner, "quiet");
  await owner.goto(`/w/${slug}/settings/tokens`);
  const token = await createTokenInDialog(owner, { name: "inviter", role: "Owner" });
  await closeSecretDialog(owner);
  const res = await api(owner.request, token).post("/api/v1/invite-links", { role: "member", expiresIn: "1d", maxUses: 1, allowedDomains: [] });
  const { url } = (await res.json()) as { url: string };

  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await signIn(member, uniqueEmail("member"));
  await member.goto(new URL(url).pathname);
  await member.getByRole("button", { name: "Accept invitation" }).click();
  await expect(member).toHaveURL(new RegExp(`/w/${slug}`));
  await member.goto(`/w/${slug}/settings/general`);
  await expect(member.getByRole("link", { name: "API tokens" })).toBeVisible();
  await expect(member.getByRole("link", { name: "Activity" })).toHaveCount(0);
  await member.goto(`/w/${slug}/settings/activity`);
  await expect(member.getByRole("heading", { name: "This page is not for your role" })).toBeVisible();
  await expect(member.getByText("Only owners and managers can open Activity.")).toBeVisible();
  await expect(member.getByTestId("activity-row")).toHaveCount(0);
  await expectAccessible(member);
  await Promise.all([ownerContext.close(), memberContext.close()]);
});
