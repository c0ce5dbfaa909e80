import { createWorkspace, expect, screenshot, signInByMail, test, uniqueEmail } from "./fixtures";

// A form over the server-action body limit is refused by the production server (413) before Next.js reads it; the
// form shows the server's message instead of a broken page.
test("a form too large to send says so in the form and sends nothing", async ({ page }) => {
  await signInByMail(page, uniqueEmail("bulky"));
  const slug = await createWorkspace(page, `Bulky ${Date.now().toString(36)}`);
  await page.goto(`/w/${slug}/settings/invitations`);
  await page.getByLabel("Email addresses").fill("a@example.org, ".repeat(80_000));
  await page.getByRole("button", { name: "Send invitations" }).click();
  await expect(page.locator("#invite-emails-error")).toHaveText(/This form is too large to send/);
  await expect(page.getByTestId("invite-result")).toHaveCount(0);
  await screenshot(page, "form-too-large", { fullPage: false });
});
