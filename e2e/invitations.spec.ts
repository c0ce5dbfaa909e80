import type { Page } from "@playwright/test";
import {
  acceptOnInvitePage,
  createWorkspace,
  expect,
  expectAccessible,
  firstLink,
  invitationLink,
  inviteByEmail,
  latestMail,
  memberRow,
  newPerson,
  screenshot,
  screenshotEverywhere,
  signInByMail,
  signInFromInvite,
  slugOf,
  test,
  toast,
  uniqueDomain,
  uniqueEmail,
  openSwitcher,
} from "./fixtures";

function tag(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

const INVALID_HEADING = "This invitation is not valid";
const INVALID_TEXT =
  "This invitation link is not valid. It may have expired, been revoked or already been used. Ask the person who invited you for a new one.";

/** Every dead token gets the same generic page, with a 404 status and nothing about any workspace. */
async function expectInvalidInvite(page: Page, url: string, workspaceName: string): Promise<string> {
  const res = await page.goto(url);
  expect(res?.status()).toBe(404);
  await expect(page.locator("main")).toHaveText(`${INVALID_HEADING}${INVALID_TEXT}Go to Roster`);
  expect(await res!.text()).not.toContain(workspaceName);
  expect(res?.headers()["referrer-policy"]).toBe("no-referrer");
  return page.locator("main").innerText();
}

async function createInviteLink(page: Page, slug: string, options: { role: string; maxUses?: string }): Promise<string> {
  await page.goto(`/w/${slug}/settings/invitations`);
  await page.locator("#link-role").selectOption(options.role);
  if (options.maxUses) await page.getByLabel("Max uses").fill(options.maxUses);
  await page.getByRole("button", { name: "Create link" }).click();
  const dialog = page.getByRole("dialog", { name: "Copy your new invite link" });
  await expect(dialog).toBeVisible();
  const link = await dialog.getByTestId("created-invite-link").inputValue();
  expect(link).toMatch(/\/invite\/lnk_[A-Za-z0-9_-]{43}$/);
  return link;
}

test("an invitee opens the mailed link signed out, signs up, comes back, accepts and is a member with the invited role", async ({ page, browser }) => {
  const ownerEmail = uniqueEmail("owner");
  await signInByMail(page, ownerEmail);
  const name = `Invites ${tag()}`;
  const slug = await createWorkspace(page, name);
  await page.goto(`/w/${slug}/settings/invitations`);
  await screenshot(page, "invitations-settings-empty");

  // One submission: a new address, an invalid one and an existing member, each reported in its bucket.
  const inviteeEmail = uniqueEmail("newbie");
  await page.getByLabel("Email addresses").fill(`${inviteeEmail}, not-an-email\n${ownerEmail.toUpperCase()}`);
  await page.locator("#invite-role").selectOption("manager");
  await page.getByRole("button", { name: "Send invitations" }).click();
  const result = page.getByTestId("invite-result");
  await expect(result).toContainText(`Invited: ${inviteeEmail}`);
  await expect(result).toContainText(`Already a member: ${ownerEmail}`);
  await expect(result).toContainText("Not a valid address: not-an-email");
  await expect(page.getByLabel("Email addresses")).toHaveValue("not-an-email");
  const pendingRow = page.getByTestId(`invitation-${inviteeEmail}`);
  await expect(pendingRow).toContainText("Manager");
  await expect(pendingRow).toContainText(ownerEmail);
  await expectAccessible(page);
  await screenshot(page, "invitations-settings-sent");

  const mail = await latestMail(page.request, inviteeEmail, /invited you/);
  expect(mail.subject).toBe(`${ownerEmail} invited you to ${name} on Roster`);
  expect(mail.text).toContain(name);
  expect(mail.text).toContain("as Manager");
  expect(mail.text).toMatch(/expires on .+ UTC/);
  const link = firstLink(mail.text);
  expect(link).toMatch(/\/invite\/inv_[A-Za-z0-9_-]{43}$/);

  // Signed out: the summary, then sign-up through the magic link straight back to the page.
  const invitee = await (await browser.newContext()).newPage();
  const res = await invitee.goto(link);
  expect(res?.status()).toBe(200);
  expect(res?.headers()["referrer-policy"]).toBe("no-referrer");
  await expect(invitee.getByTestId("invite-workspace")).toHaveText(name);
  await expect(invitee.getByText(`${ownerEmail} invited you to join`)).toBeVisible();
  await expect(invitee.getByTestId("invite-role")).toHaveText("Manager");
  // Relative, with the exact moment on hover: the one date format family.
  await expect(invitee.getByTestId("invite-expires")).toHaveText(/^in \d+ days$/);
  await expect(invitee.getByTestId("invite-expires").locator("time")).toHaveAttribute("title", /\d{4}, \d\d:\d\d [AP]M UTC$/);
  await expectAccessible(invitee);
  await screenshot(invitee, "invite-signed-out");
  await signInFromInvite(invitee, inviteeEmail, link);
  await expect(invitee.getByText(`Signed in as ${inviteeEmail}.`)).toBeVisible();
  await expectAccessible(invitee);
  await screenshot(invitee, "invite-signed-in");
  await acceptOnInvitePage(invitee, slug);
  await expect(invitee.getByTestId("workspace-title")).toHaveText(name);

  // The switcher lists the workspace with the invited role, and the new user's personal workspace.
  await openSwitcher(invitee);
  await expect(invitee.getByTestId(`switcher-item-${slug}`)).toContainText("Manager");
  await expect(invitee.getByRole("menuitem", { name: /Personal · Owner/ })).toBeVisible();
  await invitee.keyboard.press("Escape");

  await page.goto(`/w/${slug}/settings/members`);
  await expect(memberRow(page, inviteeEmail).getByRole("combobox")).toHaveValue("manager");
  await page.goto(`/w/${slug}/settings/invitations`);
  await expect(page.getByText("No pending invitations.")).toBeVisible();
  // Accepted: the link is dead now, and opening it again as the member goes to the workspace.
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { name: INVALID_HEADING })).toBeVisible();
});

test("an invite link, shown once, lets a new user join with its role until it is used up", async ({ page, browser }) => {
  const ownerEmail = uniqueEmail("owner");
  await signInByMail(page, ownerEmail);
  const name = `Links ${tag()}`;
  const slug = await createWorkspace(page, name);

  const link = await createInviteLink(page, slug, { role: "viewer", maxUses: "1" });
  await expectAccessible(page, '[role="dialog"]');
  await screenshot(page, "invite-link-created", { fullPage: false });
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  const row = page.getByTestId("invite-link-row");
  await expect(row).toContainText("Viewer");
  await expect(row).toContainText("0 of 1 uses");
  await expect(row).toContainText(`by ${ownerEmail}`);
  // Shown once: the page never shows the full link again.
  expect(await page.content()).not.toContain(new URL(link).pathname);

  const joinerEmail = uniqueEmail("joiner");
  const joiner = await (await browser.newContext()).newPage();
  const res = await joiner.goto(link);
  expect(res?.headers()["referrer-policy"]).toBe("no-referrer");
  await expect(joiner.getByTestId("invite-workspace")).toHaveText(name);
  await expect(joiner.getByText(`${ownerEmail} invited you to join`)).toBeVisible();
  await expect(joiner.getByTestId("invite-role")).toHaveText("Viewer");
  await expect(joiner.getByTestId("invite-expires")).toHaveText(/^in \d+ days?$/);
  await signInFromInvite(joiner, joinerEmail, link);
  await expect(joiner.getByRole("button", { name: "Decline" })).toHaveCount(0);
  await acceptOnInvitePage(joiner, slug);

  await page.goto(`/w/${slug}/settings/members`);
  await expect(memberRow(page, joinerEmail).getByRole("combobox")).toHaveValue("viewer");
  // Used up: out of the live list (nothing to revoke) and into the collapsed history.
  await page.goto(`/w/${slug}/settings/invitations`);
  await expect(row).toHaveCount(0);
  await expect(page.getByText("No invite links that work.")).toBeVisible();
  const history = page.getByTestId("invite-link-history");
  await history.getByText("History").click();
  const past = history.getByTestId("past-invite-link-row");
  await expect(past).toHaveCount(1);
  await expect(past).toContainText("1 of 1 uses");
  await expect(past).toContainText("Used up");
  await expect(past.getByRole("button")).toHaveCount(0);
  await screenshot(page, "invite-link-history");

  // Max uses 1: the next visitor gets the generic invalid page.
  const late = await (await browser.newContext()).newPage();
  await expectInvalidInvite(late, link, name);
});

test("an invitation opened by another account explains itself, offers to switch, and stays pending", async ({ page, browser }) => {
  const ownerEmail = uniqueEmail("owner");
  const signingUp = newPerson(browser, "other"); // in parallel with the owner's setup
  await signInByMail(page, ownerEmail);
  const name = `Wrong account ${tag()}`;
  const slug = await createWorkspace(page, name);
  const janeEmail = uniqueEmail("jane");
  await inviteByEmail(page, slug, [janeEmail], "member");
  const link = await invitationLink(page.request, janeEmail);

  const other = await signingUp;
  await other.page.goto(link);
  await expect(other.page.getByTestId("invite-workspace")).toHaveText(name);
  await expect(other.page.getByTestId("wrong-account")).toContainText(
    `This invitation was sent to j•••@example.com; you are signed in as ${other.email}.`,
  );
  await expect(other.page.getByRole("button", { name: "Accept invitation" })).toHaveCount(0);
  await expectAccessible(other.page);
  await screenshot(other.page, "invite-wrong-account");

  await other.page.getByRole("button", { name: "Sign out and switch account" }).click();
  await expect(other.page).toHaveURL(/\/sign-in\?callbackUrl=%2Finvite%2Finv_/);
  await page.reload();
  await expect(page.getByTestId(`invitation-${janeEmail}`)).toBeVisible();
  await page.goto(`/w/${slug}/settings/members`);
  await expect(memberRow(page, other.email)).toHaveCount(0);

  // Signing in with the invited address on the same browser comes back to the invitation, still pending.
  await other.page.getByLabel("Email address").fill(janeEmail);
  await other.page.getByRole("button", { name: /sign-in link/i }).click();
  await expect(other.page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await other.page.goto(firstLink((await latestMail(other.page.request, janeEmail, /sign-in/i)).text));
  await expect(other.page).toHaveURL(link);
  await acceptOnInvitePage(other.page, slug);
  await page.reload();
  await expect(memberRow(page, janeEmail)).toContainText("Member");
});

test("revoked, resent, revoked-link and garbage tokens all show one generic 404 page", async ({ page, browser }) => {
  await signInByMail(page, uniqueEmail("owner"));
  const name = `Secret Project ${tag()}`;
  const slug = await createWorkspace(page, name);
  const visitor = await (await browser.newContext()).newPage();

  const baseline = await expectInvalidInvite(visitor, "/invite/not-a-real-token", name);
  await expectAccessible(visitor);
  await screenshot(visitor, "invite-invalid");
  expect(await expectInvalidInvite(visitor, `/invite/inv_${"A".repeat(43)}`, name)).toBe(baseline);
  expect(await expectInvalidInvite(visitor, `/invite/lnk_${"b".repeat(43)}`, name)).toBe(baseline);

  // A revoked invitation.
  const [revokedEmail, resentEmail] = [uniqueEmail("revoked"), uniqueEmail("resent")];
  await inviteByEmail(page, slug, [revokedEmail, resentEmail], "member");
  const revokedLink = await invitationLink(page.request, revokedEmail);
  await page.getByRole("button", { name: `Revoke invitation to ${revokedEmail}` }).click();
  await page.getByRole("dialog", { name: "Revoke invitation?" }).getByRole("button", { name: "Revoke invitation" }).click();
  await expect(toast(page, `Invitation to ${revokedEmail} revoked.`)).toBeVisible();
  await expect(page.getByTestId(`invitation-${revokedEmail}`)).toHaveCount(0);
  expect(await expectInvalidInvite(visitor, revokedLink, name)).toBe(baseline);

  // Resend rotates the token: the old link dies, the new one works.
  const oldLink = await invitationLink(page.request, resentEmail);
  await page.getByRole("button", { name: `Resend invitation to ${resentEmail}` }).click();
  await expect(toast(page, `Invitation sent again to ${resentEmail}.`)).toBeVisible();
  let newLink = oldLink;
  await expect.poll(async () => (newLink = await invitationLink(page.request, resentEmail))).not.toBe(oldLink);
  expect(await expectInvalidInvite(visitor, oldLink, name)).toBe(baseline);
  expect((await visitor.goto(newLink))?.status()).toBe(200);
  await expect(visitor.getByTestId("invite-workspace")).toHaveText(name);

  // A revoked invite link.
  const link = await createInviteLink(page, slug, { role: "member" });
  await page.getByRole("dialog").getByRole("button", { name: "Done" }).click();
  await page.getByTestId("invite-link-row").getByRole("button", { name: /^Revoke invite link / }).click();
  await page.getByRole("dialog", { name: "Revoke invite link?" }).getByRole("button", { name: "Revoke link" }).click();
  await expect(toast(page, "Invite link revoked.")).toBeVisible();
  await expect(page.getByTestId("invite-link-row")).toHaveCount(0);
  await expect(page.getByTestId("invite-link-history").locator('[data-status="revoked"]')).toHaveCount(1);
  expect(await expectInvalidInvite(visitor, link, name)).toBe(baseline);
});

test("revoking an invitation or an invite link asks first, and Undo in the toast brings it back, working", async ({ page, browser }) => {
  await signInByMail(page, uniqueEmail("owner"));
  const slug = await createWorkspace(page, `Undo ${tag()}`);
  const visitor = await (await browser.newContext()).newPage();
  const email = uniqueEmail("undo");
  await inviteByEmail(page, slug, [email], "member");
  const emailed = await invitationLink(page.request, email);

  // The confirmation names what is revoked; Cancel changes nothing and gives the focus back to the row's button.
  const revoke = page.getByRole("button", { name: `Revoke invitation to ${email}` });
  await revoke.click();
  const dialog = page.getByRole("dialog", { name: "Revoke invitation?" });
  await expect(dialog).toContainText(`The link in the email to ${email} stops working at once.`);
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expectAccessible(page, '[role="dialog"]');
  await screenshotEverywhere(page, "revoke-invitation-dialog");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(revoke).toBeFocused();

  await revoke.click();
  await dialog.getByRole("button", { name: "Revoke invitation" }).click();
  const revoked = toast(page, `Invitation to ${email} revoked.`);
  await expect(revoked).toBeVisible();
  await expect(page.getByTestId(`invitation-${email}`)).toHaveCount(0);
  await screenshotEverywhere(page, "revoke-invitation-undo-toast", () => revoked.hover());
  await revoked.getByRole("button", { name: "Undo" }).click();
  await expect(toast(page, `Invitation to ${email} restored.`)).toBeVisible();
  await expect(page.getByTestId(`invitation-${email}`)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId(`invitation-${email}`)).toBeVisible();
  // The emailed link works again (no new email was needed).
  expect((await visitor.goto(emailed))?.status()).toBe(200);

  // The same for an invite link: revoked, it moves to the history; undone, it is back among the links that work.
  const link = await createInviteLink(page, slug, { role: "viewer" });
  await page.getByRole("dialog").getByRole("button", { name: "Done" }).click();
  await page.getByTestId("invite-link-row").getByRole("button", { name: /^Revoke invite link / }).click();
  await page.getByRole("dialog", { name: "Revoke invite link?" }).getByRole("button", { name: "Revoke link" }).click();
  const linkRevoked = toast(page, "Invite link revoked.");
  await expect(linkRevoked).toBeVisible();
  await expect(page.getByTestId("invite-link-row")).toHaveCount(0);
  await linkRevoked.getByRole("button", { name: "Undo" }).click();
  await expect(toast(page, "Invite link restored.")).toBeVisible();
  await expect(page.getByTestId("invite-link-row")).toHaveCount(1);
  expect((await visitor.goto(link))?.status()).toBe(200);
});

test("the invitee's inbox: a header badge, then accept or decline from /account/invitations", async ({ page, browser }) => {
  const ownerEmail = uniqueEmail("owner");
  const signingUp = newPerson(browser, "inbox"); // an existing account, signed in while the owner sets up
  await signInByMail(page, ownerEmail);
  const t = tag();
  const first = await createWorkspace(page, `Inbox One ${t}`);
  const second = await createWorkspace(page, `Inbox Two ${t}`);
  const invitee = await signingUp;
  await inviteByEmail(page, first, [invitee.email], "member");
  await inviteByEmail(page, second, [invitee.email], "viewer");

  const ip = invitee.page;
  await ip.reload();
  await expect(ip.getByTestId("invitation-badge")).toHaveText("2");
  await ip.getByRole("link", { name: "Invitations (2 pending)" }).click();
  await expect(ip).toHaveURL(/\/account\/invitations$/);
  const one = ip.getByTestId(`my-invitation-${first}`);
  const two = ip.getByTestId(`my-invitation-${second}`);
  await expect(one).toContainText(`Inbox One ${t}`);
  await expect(one).toContainText(`Member · invited by ${ownerEmail}`);
  await expect(two).toContainText("Viewer");
  await expectAccessible(ip);
  await screenshot(ip, "account-invitations");

  await ip.getByRole("button", { name: `Decline invitation to Inbox Two ${t}` }).click();
  await expect(toast(ip, `Invitation to Inbox Two ${t} declined.`)).toBeVisible();
  await expect(two).toHaveCount(0);
  await expect(ip.getByTestId("invitation-badge")).toHaveText("1");

  await ip.getByRole("button", { name: `Accept invitation to Inbox One ${t}` }).click();
  await expect(ip).toHaveURL(new RegExp(`/w/${first}$`));
  await expect(ip.getByText("Member", { exact: true })).toBeVisible();
  await expect(ip.getByTestId("invitation-badge")).toHaveCount(0);
  await ip.goto("/account/invitations");
  await expect(ip.getByText("No pending invitations.")).toBeVisible();

  await page.goto(`/w/${first}/settings/members`);
  await expect(memberRow(page, invitee.email).getByRole("combobox")).toHaveValue("member");
  await page.goto(`/w/${second}/settings/invitations`);
  await expect(page.getByTestId(`invitation-${invitee.email}`)).toHaveCount(0);
  await page.goto(`/w/${second}/settings/members`);
  await expect(memberRow(page, invitee.email)).toHaveCount(0);
});

test("domain auto-join: a colleague on the owner's domain sees Join on /account and in the switcher, and joins as member", async ({ page, browser }) => {
  const domain = uniqueDomain();
  const ownerEmail = uniqueEmail("boss", domain);
  // A colleague on the domain and someone on another domain sign up while the owner sets up.
  const signingUp = Promise.all([newPerson(browser, "dev", domain), newPerson(browser, "outsider", uniqueDomain("elsewhere"))]);
  await signInByMail(page, ownerEmail);
  const name = `Acme ${tag()}`;
  const slug = await createWorkspace(page, name);
  await page.goto(`/w/${slug}/settings/domains`);

  const domainInput = page.getByLabel("Domain", { exact: true });
  await domainInput.fill("gmail.com");
  await page.getByRole("button", { name: "Use my email address" }).click();
  await expect(page.getByText("Public mail domains are not allowed.")).toBeVisible();
  await domainInput.fill(`other-${domain}`);
  await page.getByRole("button", { name: "Use my email address" }).click();
  await expect(page.getByText(`Your verified address is at ${domain}.`)).toBeVisible();
  await domainInput.fill(domain);
  await page.getByRole("button", { name: "Use my email address" }).click();
  await expect(toast(page, `${domain} added.`)).toBeVisible();
  await page.goto(`/w/${slug}/settings/invitations`);
  const autoJoin = page.getByLabel("Let people with a verified address on these domains join as members");
  await expect(autoJoin).not.toBeChecked();
  await autoJoin.check();
  await expect(toast(page, "Domain auto-join turned on.")).toBeVisible();
  await page.reload();
  await expect(autoJoin).toBeChecked();
  await expect(page.getByRole("list", { name: "Verified domains" }).getByText(domain)).toBeVisible();
  await screenshot(page, "invitations-settings-auto-join");

  const [colleague, outsider] = await signingUp;
  // Someone on another domain is offered nothing.
  await outsider.page.goto("/account");
  await expect(outsider.page.getByText("No suggestions.", { exact: false })).toBeVisible();

  const cp = colleague.page;
  await cp.reload();
  await openSwitcher(cp);
  await expect(cp.getByRole("menuitem", { name: `Join ${name}` })).toBeVisible();
  await cp.keyboard.press("Escape");
  await cp.goto("/account");
  const suggestion = cp.getByTestId(`suggestion-${slug}`);
  await expect(suggestion).toContainText(name);
  await expect(suggestion).toContainText(`Open to ${domain} addresses`);
  await expectAccessible(cp);
  await screenshot(cp, "account-join-suggestion");
  await suggestion.getByRole("button", { name: `Join ${name}` }).click();
  await expect(cp).toHaveURL(new RegExp(`/w/${slug}$`));
  await expect(cp.getByText("Member", { exact: true })).toBeVisible();
  await cp.goto("/account");
  await expect(cp.getByTestId(`suggestion-${slug}`)).toHaveCount(0);

  await page.goto(`/w/${slug}/settings/members`);
  await expect(memberRow(page, colleague.email).getByRole("combobox")).toHaveValue("member");
  expect(slugOf(page)).toBe(slug);
});
