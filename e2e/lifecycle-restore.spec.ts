import {
  createWorkspace,
  expect,
  expectAccessible,
  inviteAndAccept,
  latestMail,
  memberRow,
  newPerson,
  screenshotFullPageEverywhere,
  signInByMail,
  slugOf,
  test,
  toast,
  uniqueDomain,
  uniqueEmail,
  openSwitcher,
} from "./fixtures";

// Issue 14: a deleted workspace can be restored by its owners for WORKSPACE_RESTORE_DAYS; people who may not enter a
// workspace can ask to join, and its owners and managers answer from the members page.

function tag(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

test("an owner deletes a workspace, finds it scheduled for deletion on /account, restores it, and its member is back in", async ({ page, browser }) => {
  test.slow(); // two people and many screenshots on a busy machine
  await signInByMail(page, uniqueEmail("owner"));
  const personal = slugOf(page);
  const name = `Undoable ${tag()}`;
  const slug = await createWorkspace(page, name);
  const member = await inviteAndAccept(page, browser, slug, "member");

  await page.goto(`/w/${slug}/settings/general`);
  await expect(page.getByText("Its owners can restore it from their account page for 30 days")).toBeVisible();
  await page.getByRole("button", { name: "Delete workspace" }).click();
  const dialog = page.getByRole("dialog", { name: `Delete ${name}?` });
  await expect(dialog).toContainText("for 30 days");
  await dialog.getByLabel(`Type ${slug} to confirm`).fill(slug);
  await dialog.getByRole("button", { name: "Delete workspace" }).click();
  await expect(toast(page, `${name} was deleted. You can restore it from your account page until`)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/w/${personal}$`));

  // It serves nobody at once: the member's pages are 404 and it is gone from their account page.
  expect((await member.page.goto(`/w/${slug}`))?.status()).toBe(404);
  await member.page.goto("/account");
  await expect(member.page.getByTestId(`account-workspace-${slug}`)).toHaveCount(0);

  // The owner sees it scheduled, with Restore.
  await page.goto("/account");
  const row = page.getByTestId(`account-workspace-${slug}`);
  await expect(row.getByTestId("account-workspace-scheduled")).toHaveText(/^Scheduled for deletion on [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
  await expect(row.getByRole("link", { name })).toHaveCount(0);
  await expectAccessible(page);
  await screenshotFullPageEverywhere(page, "account-scheduled-deletion");
  await row.getByRole("button", { name: `Restore ${name}` }).click();
  await expect(toast(page, `${name} was restored. Its members have their access back.`)).toBeVisible();
  await expect(row.getByTestId("account-workspace-scheduled")).toHaveCount(0);
  await expect(row.getByRole("link", { name })).toBeVisible();

  // The member is back in, with their role.
  expect((await member.page.goto(`/w/${slug}`))?.status()).toBe(200);
  await expect(member.page.getByTestId("workspace-title")).toHaveText(name);
  await page.goto(`/w/${slug}/settings/activity`);
  await expect(page.locator("main span").getByText("Restored the workspace", { exact: true })).toBeVisible();
  await expect(page.locator("main span").getByText("Scheduled the workspace for deletion", { exact: true })).toBeVisible();
});

test("a person on the workspace's domain asks to join (auto-join in request mode); a manager approves from the members page and they land in it", async ({ page, browser }) => {
  test.slow(); // several people and many screenshots on a busy machine
  const domain = uniqueDomain();
  const ownerEmail = uniqueEmail("boss", domain);
  await signInByMail(page, ownerEmail);
  const name = `Ask first ${tag()}`;
  const slug = await createWorkspace(page, name);
  await page.goto(`/w/${slug}/settings/domains`);
  await page.getByLabel("Domain", { exact: true }).fill(domain);
  await page.getByRole("button", { name: "Use my email address" }).click();
  await expect(toast(page, `${domain} added.`)).toBeVisible();
  await page.goto(`/w/${slug}/settings/invitations`);
  await page.getByLabel("Let people with a verified address on these domains join as members").check();
  await expect(toast(page, "Domain auto-join turned on.")).toBeVisible();
  await page.getByLabel(/^Ask to join \(request\)/).check();
  await expect(toast(page, "Matching people now ask to join.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(/^Ask to join \(request\)/)).toBeChecked();
  await expectAccessible(page);
  await screenshotFullPageEverywhere(page, "auto-join-request-mode");

  // The colleague's switcher offers "Request to join", which leads to the request form.
  const colleague = await newPerson(browser, "dev", domain);
  const cp = colleague.page;
  await cp.reload();
  await openSwitcher(cp);
  await cp.getByRole("menuitem", { name: `Request to join ${name}` }).click();
  await expect(cp).toHaveURL(new RegExp(`/join/${slug}$`));
  await expect(cp.getByTestId("join-workspace")).toHaveText(`Request to join ${name}`);
  await expectAccessible(cp);
  await screenshotFullPageEverywhere(cp, "join-request-form");
  await cp.getByLabel("Message to the owners and managers (optional)").fill("I joined the platform team this week.");
  await cp.getByRole("button", { name: "Request to join" }).click();
  await expect(cp.getByTestId("join-request-sent")).toBeVisible();
  await cp.reload();
  await expect(cp.getByTestId("join-request-pending")).toContainText("You asked to join");
  await screenshotFullPageEverywhere(cp, "join-request-pending");
  // Still not in: the workspace answers 404 until someone approves.
  expect((await cp.goto(`/w/${slug}`))?.status()).toBe(404);

  // The owner is emailed, and the header counts the request on the workspace's pages.
  expect((await latestMail(page.request, ownerEmail, /asks to join/)).subject).toContain(`asks to join ${name}`);
  await page.goto(`/w/${slug}`);
  const badge = page.getByTestId("join-request-badge");
  await expect(badge).toHaveAccessibleName("Requests to join (1 pending)");
  await badge.click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/settings/members#join-requests$`));
  // A fresh load for the accessibility check (a client-side navigation may not have set the title yet).
  await page.reload();
  await expect(page).toHaveTitle(/Members/);
  const request = page.getByTestId(`join-request-${colleague.email}`);
  await expect(request).toContainText("“I joined the platform team this week.”");
  await expect(request).toContainText("By email domain");
  await expectAccessible(page);
  await screenshotFullPageEverywhere(page, "members-join-requests");
  await request.getByLabel(/^Role for /).selectOption("viewer");
  await request.getByRole("button", { name: /^Approve / }).click();
  await expect(toast(page, "joined as Viewer.")).toBeVisible();
  await expect(request).toHaveCount(0);
  await expect(page.getByTestId("join-request-badge")).toHaveCount(0);
  await expect(memberRow(page, colleague.email).getByRole("combobox")).toHaveValue("viewer");

  // The colleague is emailed and lands in the workspace.
  const approved = await latestMail(cp.request, colleague.email, /You can now enter/);
  expect(approved.text).toContain("Your role is Viewer.");
  expect((await cp.goto(`/w/${slug}`))?.status()).toBe(200);
  await expect(cp.getByTestId("workspace-title")).toHaveText(name);
});

test("a signed-in person with an invite link that no longer works asks to join from the link's page; declining emails them", async ({ page, browser }) => {
  test.slow();
  await signInByMail(page, uniqueEmail("owner"));
  const name = `Old link ${tag()}`;
  const slug = await createWorkspace(page, name);
  await page.goto(`/w/${slug}/settings/invitations`);
  await page.locator("#link-role").selectOption("member");
  await page.getByRole("button", { name: "Create link" }).click();
  const created = page.getByRole("dialog", { name: "Copy your new invite link" });
  const link = await created.getByTestId("created-invite-link").inputValue();
  await created.getByRole("button", { name: "Done" }).click();
  await page.getByTestId("invite-link-row").getByRole("button", { name: /^Revoke invite link / }).click();
  await page.getByRole("dialog", { name: "Revoke invite link?" }).getByRole("button", { name: "Revoke link" }).click();
  await expect(toast(page, "Invite link revoked.")).toBeVisible();

  const late = await newPerson(browser, "late");
  await late.page.goto(new URL(link).pathname);
  await expect(late.page.getByTestId("join-workspace")).toHaveText(`Request to join ${name}`);
  await expect(late.page.getByText(`This invite link no longer works, but you can ask the owners and managers of ${name} to let you in.`)).toBeVisible();
  await expectAccessible(late.page);
  await screenshotFullPageEverywhere(late.page, "dead-invite-link-request");
  await late.page.getByRole("button", { name: "Request to join" }).click();
  await expect(late.page.getByTestId("join-request-sent")).toBeVisible();

  // The Access page lists it with Decline.
  await page.goto(`/w/${slug}/settings/access`);
  await expectAccessible(page);
  await screenshotFullPageEverywhere(page, "access-join-request");
  await page.getByRole("button", { name: /^Decline: / }).click();
  await page.getByRole("dialog", { name: "Decline this request to join?" }).getByRole("button", { name: "Decline request" }).click();
  await expect(toast(page, "Request declined.")).toBeVisible();
  await expect(page.getByText("No pending join requests.")).toBeVisible();
  expect((await latestMail(late.page.request, late.email, /was declined/)).subject).toBe(`Your request to join ${name} was declined`);
});

