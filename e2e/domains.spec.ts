import { createWorkspace, expect, expectAccessible, expectNoHorizontalScroll, latestMail, publishTxt, screenshotEverywhere, signInByMail, test, toast, uniqueDomain, uniqueEmail } from "./fixtures";

test("an owner proves a domain through DNS: the record to publish, Check now verifies it; the record removed, it becomes unverified and the owner is emailed", async ({ page }) => {
  test.slow(); // many screenshots on a busy machine
  const ownDomain = uniqueDomain("mail");
  const owner = uniqueEmail("owner", ownDomain);
  await signInByMail(page, owner);
  const slug = await createWorkspace(page, "Domain proof");
  await page.goto(`/w/${slug}/settings/general`);
  await page.getByRole("link", { name: "Domains" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/settings/domains$`));

  const input = page.getByLabel("Domain", { exact: true });
  await input.fill("gmail.com");
  await page.getByRole("button", { name: "Verify with DNS" }).click();
  await expect(page.getByText("Public mail domains are not allowed.")).toBeVisible();

  // The weaker proof: the owner's own address at their domain, for auto-join only.
  await expect(input).toHaveValue("gmail.com");
  await input.fill(ownDomain);
  // Replaced in one event after a refusal (a paste), the named field keeps its new value and its error clears.
  await expect(input).toHaveValue(ownDomain);
  await expect(page.getByText("Public mail domains are not allowed.")).toBeHidden();
  await page.getByRole("button", { name: "Use my email address" }).click();
  await expect(toast(page, `${ownDomain} added.`)).toBeVisible();
  const emailRow = page.getByTestId(`domain-${ownDomain}`);
  await expect(emailRow.getByText("Verified by email")).toBeVisible();
  await expect(emailRow).toContainText("not for single sign-on");

  const domain = uniqueDomain("corp");
  await input.fill(domain);
  await page.getByRole("button", { name: "Verify with DNS" }).click();
  await expect(toast(page, `${domain} added: publish its TXT record, then check it.`)).toBeVisible();
  const row = page.getByTestId(`domain-${domain}`);
  await expect(row.getByText("Pending")).toBeVisible();
  await expect(row.getByTestId("record-name")).toHaveText(`_roster-verification.${domain}`);
  const value = (await row.getByTestId("record-value").textContent())!;
  expect(value).toMatch(/^roster-verification=[A-Za-z0-9_-]{24}$/);
  await expect(row.getByRole("button", { name: "Copy the record's name" })).toBeVisible();
  await expect(row.getByRole("button", { name: "Copy the record's value" })).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 375, height: 812 });
  await expectNoHorizontalScroll(page, "domains");
  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshotEverywhere(page, "domains-pending");

  // Not published yet: Check now says so, and nothing changes.
  await row.getByRole("button", { name: "Check now" }).click();
  await expect(toast(page, `No record at _roster-verification.${domain} yet.`)).toBeVisible();
  await expect(row.getByText("Not verified")).toBeVisible();

  await publishTxt(page.request, `_roster-verification.${domain}`, [value]);
  await row.getByRole("button", { name: "Check now" }).click();
  await expect(toast(page, `${domain} is verified.`)).toBeVisible();
  await expect(row.getByText("Verified by DNS")).toBeVisible();
  await expect(row.getByTestId("record-value")).toHaveCount(0);
  await screenshotEverywhere(page, "domains-verified");
  // Auto-join offers the verified domains.
  await page.goto(`/w/${slug}/settings/invitations`);
  const verified = page.getByRole("list", { name: "Verified domains" });
  await expect(verified.getByText(domain)).toBeVisible();
  await expect(verified.getByText(ownDomain)).toBeVisible();

  await page.goto(`/w/${slug}/settings/domains`);
  await publishTxt(page.request, `_roster-verification.${domain}`, []);
  await row.getByRole("button", { name: "Check now" }).click();
  await expect(toast(page, `${domain} is no longer verified: its record is gone.`)).toBeVisible();
  await expect(row.getByText("Not verified")).toBeVisible();
  await expect(row.getByTestId("record-value")).toHaveText(value);
  const mail = await latestMail(page.request, owner, /is no longer verified/);
  expect(mail.subject).toBe(`${domain} is no longer verified for Domain proof`);
  expect(mail.text).toContain(`_roster-verification.${domain}`);
  await screenshotEverywhere(page, "domains-lost");

  await page.goto(`/w/${slug}/settings/activity`);
  // The rows (the action filter lists the same labels as options).
  await expect(page.getByRole("row").filter({ hasText: "A domain lost its verification" })).toContainText(`_roster-verification.${domain} not found`);
  await expect(page.getByRole("row").filter({ hasText: "Verified a domain" })).toContainText("Proven through DNS");

  await page.goto(`/w/${slug}/settings/domains`);
  await row.getByRole("button", { name: `Remove ${domain}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove domain" }).click();
  await expect(toast(page, `${domain} removed.`)).toBeVisible();
  await expect(row).toHaveCount(0);
});
