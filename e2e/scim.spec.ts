import { createWorkspace, expect, expectAccessible, expectNoHorizontalScroll, memberRow, screenshotEverywhere, signInByMail, test, uniqueDomain, uniqueEmail } from "./fixtures";

const USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

test("an owner connects SCIM: a token shown once, a provisioned person on the members page, deactivated, and listed on Access", async ({ page, request }) => {
  await signInByMail(page, uniqueEmail("scim-owner"));
  const slug = await createWorkspace(page, "Provisioned");
  await page.goto(`/w/${slug}/settings/general`);
  await page.getByRole("link", { name: "Provisioning" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/settings/provisioning$`));
  const baseUrl = await page.getByTestId("copy-SCIM base URL").textContent();
  expect(baseUrl).toMatch(new RegExp(`/scim/v2/${slug}$`));
  await expect(page.getByText("No SCIM tokens yet.")).toBeVisible();
  await expectAccessible(page);
  await screenshotEverywhere(page, "scim-settings-empty");
  await page.setViewportSize({ width: 375, height: 812 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole("button", { name: "New SCIM token" }).click();
  const dialog = page.getByRole("dialog", { name: "New SCIM token" });
  await dialog.getByLabel("Name").fill("Okta");
  await dialog.getByRole("button", { name: "Create token" }).click();
  const secret = page.getByTestId("new-scim-token-secret");
  await expect(secret).toHaveValue(/^rsc_[0-9A-Za-z]{36}$/);
  const token = await secret.inputValue();
  await screenshotEverywhere(page, "scim-token-shown-once");
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByTestId("scim-token-Okta")).toContainText("never used");

  // The identity provider provisions a person.
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/scim+json" };
  const email = `ada@${uniqueDomain("scim")}`;
  const created = await request.post(`${baseUrl}/Users`, { headers, data: { schemas: [USER_SCHEMA], userName: email, name: { givenName: "Ada", familyName: "Lovelace" } } });
  expect(created.status()).toBe(201);
  const user = (await created.json()) as { id: string; active: boolean };
  expect(user.active).toBe(true);
  await page.goto(`/w/${slug}/settings/members`);
  await expect(memberRow(page, email)).toBeVisible();

  const deactivated = await request.patch(`${baseUrl}/Users/${user.id}`, { headers, data: { schemas: [PATCH_OP], Operations: [{ op: "Replace", path: "active", value: "False" }] } });
  expect(deactivated.status()).toBe(200);
  const read = await request.get(`${baseUrl}/Users/${user.id}`, { headers });
  expect(await read.json()).toMatchObject({ id: user.id, active: false });
  // A wrong token is refused as SCIM says.
  const refused = await request.get(`${baseUrl}/Users`, { headers: { authorization: "Bearer rsc_wrong" } });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: "401" });

  await page.goto(`/w/${slug}/settings/provisioning`);
  await expect(page.getByTestId("scim-provisioned")).toHaveText("1 person");
  await expect(page.getByTestId("scim-token-Okta")).toContainText("last used");
  await screenshotEverywhere(page, "scim-settings");
  await page.setViewportSize({ width: 375, height: 812 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.goto(`/w/${slug}/settings/access`);
  await expect(page.getByRole("heading", { name: "SCIM provisioning (1)" })).toBeVisible();
  const door = page.getByTestId("door-scim-Okta");
  await expect(door).toContainText("SCIM token");
  await door.getByRole("button", { name: "Revoke SCIM token Okta" }).click();
  await page.getByRole("dialog", { name: "Revoke SCIM token?" }).getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByRole("heading", { name: "SCIM provisioning (0)" })).toBeVisible();
  expect((await request.get(`${baseUrl}/Users`, { headers })).status()).toBe(401);

  await page.goto(`/w/${slug}/settings/activity`);
  await expect(page.getByTestId("activity-row").filter({ hasText: "Suspended a member" })).toContainText("SCIM");
});
