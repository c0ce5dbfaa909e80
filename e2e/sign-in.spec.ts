import { expect, expectAccessible, firstLink, latestMail, mailCount, screenshot, signIn, test, uniqueEmail } from "./fixtures";

test("a new user signs in through the mailbox link and lands in their personal workspace", async ({ page }) => {
  const email = uniqueEmail("ada");
  await page.goto("/sign-in");
  await expectAccessible(page);
  await screenshot(page, "sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: /sign-in link/i }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/dev/mailbox");
  await expect(page.getByRole("link", { name: new RegExp(`To ${email}`) })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "mailbox");
  await page.getByRole("link", { name: new RegExp(`To ${email}`) }).click();
  await expectAccessible(page);
  await page.getByTestId("mail-body").getByRole("link").first().click();

  await expect(page).toHaveURL(/\/w\/ada-/);
  const localPart = email.split("@")[0];
  await expect(page.getByTestId("workspace-title")).toHaveText(`${localPart}'s workspace`);
  await expect(page.getByText("Personal workspace", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "workspace-shell");

  // "/" returns to the workspace.
  await page.goto("/");
  await expect(page).toHaveURL(/\/w\/ada-/);
});

test("check your email names the address, resends the link and says when the limit is reached", async ({ page, context, baseURL }) => {
  const email = uniqueEmail("resend");
  await page.goto("/sign-in");
  // Typed in capitals: the page names the address the link went to, as normalized.
  await page.getByLabel("Email address").fill(email.toUpperCase());
  await page.getByRole("button", { name: /sign-in link/i }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect(page.getByTestId("check-email-address")).toHaveText(email);
  await expect.poll(() => mailCount(page.request, email)).toBe(1);
  await expectAccessible(page);
  await screenshot(page, "check-email");

  const resend = page.getByRole("button", { name: "Resend the link" });
  await resend.click();
  await expect(page.getByRole("status").filter({ hasText: `Sent another link to ${email}.` })).toBeVisible();
  await expect.poll(() => mailCount(page.request, email)).toBe(2);
  // The second link signs in as well as the first would.
  const second = firstLink((await latestMail(page.request, email)).text);

  // Five links per address per 15 minutes, the first request included: two more pass, then the limit's message.
  for (const sent of [3, 4, 5]) {
    await resend.click();
    await expect.poll(() => mailCount(page.request, email)).toBe(sent);
  }
  await resend.click();
  const limited = page.getByRole("alert").filter({ hasText: /^Too many sign-in links requested\. Try again in \d+ minutes?\.$/ });
  await expect(limited).toBeVisible();
  await expect(resend).toBeEnabled();
  expect(await mailCount(page.request, email)).toBe(5);
  await expectAccessible(page);
  await screenshot(page, "check-email-limited");

  // Nobody else can make the page claim an address: a cookie Roster did not sign is ignored.
  const forged = Buffer.from(JSON.stringify({ email: "victim@example.com", callbackUrl: "/" })).toString("base64url");
  await context.addCookies([{ name: "roster_sign_in_request", value: `${forged}.bm90LWEtc2lnbmF0dXJl`, url: `${baseURL}/sign-in` }]);
  await page.goto("/sign-in/check-email");
  await expect(page.getByText("We sent you a sign-in link.")).toBeVisible();
  await expect(page.getByText("victim@example.com")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Resend the link" })).toHaveCount(0);

  await page.goto(second);
  await expect(page).toHaveURL(/\/w\/resend-/);
});

test("bad sign-in input is refused on the form and sends nothing", async ({ page }) => {
  await page.goto("/sign-in");
  const bad = ["", "not-an-email", "a@x.com,b@y.com", '"quoted"@example.com', "fullwidth＠example.com", "a b@example.com"];
  for (const value of bad) {
    await page.getByLabel("Email address").fill(value);
    await page.getByRole("button", { name: /sign-in link/i }).click();
    await expect(page.locator("#email-error")).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
  }
  await expect(page.locator("#email-error")).toContainText(/valid email address/i);
  await expectAccessible(page);
  for (const to of ["a@x.com,b@y.com", "a@x.com", "b@y.com", '"quoted"@example.com', "fullwidth@example.com"]) {
    expect(await mailCount(page.request, to)).toBe(0);
  }
});

test("a used sign-in link lands on a clear page that offers a new one", async ({ page, browser }) => {
  const email = uniqueEmail("reuse");
  await signIn(page, email);
  await expect(page).toHaveURL(/\/w\//);
  const link = firstLink((await latestMail(page.request, email)).text);

  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(link);
  await expect(second.getByRole("heading", { name: /expired or was already used/i })).toBeVisible();
  await expect(second.getByRole("button", { name: "Send a new link" })).toBeVisible();
  await expectAccessible(second);
  await other.close();
});

test("callbackUrl only redirects to a same-origin path", async ({ page }) => {
  const email = uniqueEmail("redirect");
  await signIn(page, email, "https://evil.example.com/steal");
  await expect(page).toHaveURL(/localhost:\d+\/w\//);
  await page.goto("/sign-in?callbackUrl=//evil.example.com");
  await expect(page).toHaveURL(/localhost:\d+\/w\//);
});

test("sign out from the account menu", async ({ page }) => {
  const email = uniqueEmail("bye");
  await signIn(page, email);
  await expect(page).toHaveURL(/\/w\//);
  await page.getByRole("button", { name: "Account menu" }).click();
  await expect(page.getByTestId("account-email")).toHaveText(email);
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
});
