import { expect, expectAccessible, latestMail, screenshot, signIn, test, uniqueEmail } from "./fixtures";
import { acceptInviteLink, api, closeSecretDialog, colorScheme, createTokenInDialog, createWorkspace } from "./api-helpers";

test("create a token, see it once, call the API with it, revoke it, and the call is refused", async ({ page }) => {
  const email = uniqueEmail("tokens");
  await signIn(page, email);
  const slug = await createWorkspace(page, "tok");
  await page.goto(`/w/${slug}/settings/tokens`);
  await expect(page.getByRole("heading", { name: "API tokens" })).toBeVisible();
  await expect(page.getByRole("link", { name: "API tokens" })).toHaveAttribute("aria-current", "page");
  await expectAccessible(page);

  const secret = await createTokenInDialog(page, { name: "CI deploy", expiry: "30 days", role: "Manager" });
  await expect(page.getByRole("dialog")).toContainText("This is the only time the token is shown");
  await expectAccessible(page);
  await screenshot(page, "token-created");
  await closeSecretDialog(page);

  const row = page.getByTestId("token-row-CI deploy");
  await expect(row).toContainText(secret.slice(0, 8));
  await expect(row).toContainText("Manager");
  await expect(row).toContainText("Never used");
  // Shown once: the secret is nowhere on the page after the dialog closes, nor after a reload.
  expect(await page.content()).not.toContain(secret);
  await page.reload();
  expect(await page.content()).not.toContain(secret);

  const mail = await latestMail(page.request, email, /API token/);
  expect(mail.text).toContain("CI deploy");

  const client = api(page.request, secret);
  const members = await client.get("/api/v1/members");
  expect(members.status()).toBe(200);
  const body = (await members.json()) as { data: { email: string; role: string }[]; total: number };
  expect(body.data).toEqual([expect.objectContaining({ email, role: "owner" })]);
  const workspace = await client.get("/api/v1/workspace");
  expect(await workspace.json()).toMatchObject({ slug, role: "manager" });
  const forbidden = await client.delete("/api/v1/workspace");
  expect(forbidden.status()).toBe(403);
  expect(forbidden.headers()["content-type"]).toBe("application/problem+json");

  // The browser's session cookie never authenticates the API; a token in the URL is refused.
  expect((await api(page.request, null).get("/api/v1/members")).status()).toBe(401);
  expect((await page.request.get(`/api/v1/members?access_token=${secret}`)).status()).toBe(401);

  await page.reload();
  await expect(row).not.toContainText("Never used");
  await screenshot(page, "tokens-list");
  await colorScheme(page, "dark");
  await screenshot(page, "tokens-list-dark");
  await colorScheme(page, "light");

  await row.getByRole("button", { name: "Revoke CI deploy" }).click();
  await expect(page.getByRole("dialog")).toContainText("stops working on its next request");
  await expectAccessible(page);
  await page.getByRole("dialog").getByRole("button", { name: "Revoke token" }).click();
  await expect(row).toBeHidden();
  const refused = await client.get("/api/v1/members");
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ code: "UNAUTHENTICATED", status: 401 });
});

test("a manager sees and revokes a member's token; the member sees only their own", async ({ browser }) => {
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await signIn(owner, uniqueEmail("owner"));
  const slug = await createWorkspace(owner, "team");
  await owner.goto(`/w/${slug}/settings/tokens`);
  const ownerToken = await createTokenInDialog(owner, { name: "owner admin", role: "Owner" });
  await closeSecretDialog(owner);
  const link = async (role: string) => {
    const res = await api(owner.request, ownerToken).post("/api/v1/invite-links", { role, expiresIn: "7d", maxUses: 1, allowedDomains: [] });
    expect(res.status()).toBe(201);
    return ((await res.json()) as { url: string }).url;
  };

  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await signIn(manager, uniqueEmail("manager"));
  await acceptInviteLink(manager, await link("manager"), slug);

  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  const memberEmail = uniqueEmail("member");
  await signIn(member, memberEmail);
  await acceptInviteLink(member, await link("member"), slug);

  await member.goto(`/w/${slug}/settings/tokens`);
  await expectAccessible(member);
  // A member's role ceiling offers only Member and Viewer, and they see only their own tokens.
  await member.getByRole("button", { name: "New token" }).click();
  await expect(member.getByRole("dialog").getByLabel("Role").locator("option")).toHaveText(["Member", "Viewer"]);
  await member.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  const memberSecret = await createTokenInDialog(member, { name: "member script" });
  await closeSecretDialog(member);
  await expect(member.getByTestId("token-row-owner admin")).toHaveCount(0);
  expect((await api(member.request, memberSecret).get("/api/v1/members")).status()).toBe(200);
  expect((await api(member.request, memberSecret).get("/api/v1/activity")).status()).toBe(403);

  await manager.goto(`/w/${slug}/settings/tokens`);
  const row = manager.getByTestId("token-row-member script");
  await expect(row).toContainText(memberEmail);
  await expect(manager.getByTestId("token-row-owner admin")).toBeVisible();
  await expectAccessible(manager);
  await row.getByRole("button", { name: "Revoke member script" }).click();
  await manager.getByRole("dialog").getByRole("button", { name: "Revoke token" }).click();
  await expect(row).toBeHidden();
  expect((await api(member.request, memberSecret).get("/api/v1/members")).status()).toBe(401);

  await member.reload();
  await expect(member.getByTestId("token-row-member script")).toHaveCount(0);
  await Promise.all([ownerContext.close(), managerContext.close(), memberContext.close()]);
});

test("service account lifecycle: create, token, use, listed as a member, removed, token refused", async ({ page }) => {
  await signIn(page, uniqueEmail("sa-owner"));
  const slug = await createWorkspace(page, "bots");
  await page.goto(`/w/${slug}/settings/tokens`);
  await page.getByRole("button", { name: "New service account" }).click();
  await expectAccessible(page);
  await page.getByRole("dialog").getByLabel("Name").fill("Deploy bot");
  await page.getByRole("dialog").getByLabel("Role").selectOption({ label: "Manager" });
  await page.getByRole("dialog").getByRole("button", { name: "Create service account" }).click();
  const saRow = page.getByTestId("service-account-row-Deploy bot");
  await expect(saRow).toContainText("Manager");
  await expect(saRow).toContainText("0");

  const secret = await createTokenInDialog(page, { name: "deploy pipeline", role: "Manager", trigger: saRow.getByRole("button", { name: "New token" }) });
  await expect(page.getByRole("dialog")).toContainText("Copy your new token");
  await closeSecretDialog(page);
  await expect(saRow).toContainText("1");
  await expect(page.getByTestId("token-row-deploy pipeline")).toContainText("Service account");
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
  await expectAccessible(page);
  await screenshot(page, "service-accounts");

  const client = api(page.request, secret);
  const members = (await (await client.get("/api/v1/members?q=Deploy")).json()) as { data: { name: string; email: string | null; serviceAccount: boolean }[] };
  expect(members.data).toEqual([expect.objectContaining({ name: "Deploy bot", email: null, serviceAccount: true })]);
  const renamed = await client.patch("/api/v1/workspace", { displayName: "Renamed by the bot" });
  expect(renamed.status()).toBe(200);

  await page.goto(`/w/${slug}/settings/members`);
  await expect(page.getByText("Service account", { exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/w/${slug}/settings/tokens`);
  await saRow.getByRole("button", { name: "Remove Deploy bot" }).click();
  await page.getByRole("dialog", { name: "Remove service account?" }).getByRole("button", { name: "Remove service account" }).click();
  await expect(saRow).toBeHidden();
  await expect(page.getByTestId("token-row-deploy pipeline")).toBeHidden();
  expect((await client.get("/api/v1/members")).status()).toBe(401);
});

test("personal access tokens list, create and delete workspaces through the API", async ({ page }) => {
  await signIn(page, uniqueEmail("pat"));
  await page.goto("/account/tokens");
  await expect(page.getByRole("heading", { name: "Personal access tokens" })).toBeVisible();
  await expectAccessible(page);
  const secret = await createTokenInDialog(page, { name: "laptop", expiry: "No expiry" });
  await closeSecretDialog(page);
  await expect(page.getByTestId("token-row-laptop")).toContainText("Never");
  await screenshot(page, "personal-tokens");

  const client = api(page.request, secret);
  const slug = `pat-${Date.now().toString(36)}`;
  const created = await client.post("/api/v1/workspaces", { displayName: "Made by API", slug, region: "local" });
  expect(created.status()).toBe(201);
  const listed = (await (await client.get("/api/v1/workspaces")).json()) as { data: { slug: string; role: string }[] };
  expect(listed.data).toEqual(expect.arrayContaining([expect.objectContaining({ slug, role: "owner" })]));
  expect((await client.get(`/api/v1/members?workspace=${slug}`)).status()).toBe(200);
  const bad = await client.post("/api/v1/workspaces", "{not json");
  expect(bad.status()).toBe(422);
  // Deleting schedules the deletion (restorable for WORKSPACE_RESTORE_DAYS): 200 with the date it is purged.
  const deleted = await client.delete(`/api/v1/workspaces/${slug}`);
  expect(deleted.status()).toBe(200);
  expect(await deleted.json()).toMatchObject({ slug, purgeAt: expect.any(String) });
  expect((await client.get(`/api/v1/members?workspace=${slug}`)).status()).toBe(404);

  await page.getByTestId("token-row-laptop").getByRole("button", { name: "Revoke laptop" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByTestId("token-row-laptop")).toBeHidden();
  expect((await client.get("/api/v1/workspaces")).status()).toBe(401);
});
