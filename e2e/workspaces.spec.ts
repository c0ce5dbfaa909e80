import {
  acceptEmailInvitation,
  callServerAction,
  createWorkspace,
  expect,
  expectAccessible,
  expectToastAccessible,
  inviteAndAccept,
  inviteByEmail,
  memberIdFromPage,
  memberRow,
  screenshot,
  screenshotEverywhere,
  signInByMail,
  slugOf,
  test,
  toast,
  uniqueEmail,
  openSwitcher,
} from "./fixtures";

function tag(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

test("an owner changes a role and removes a member", async ({ page, browser }) => {
  const ownerEmail = uniqueEmail("owner");
  await signInByMail(page, ownerEmail);
  const name = `Roles ${tag()}`;
  const slug = await createWorkspace(page, name);
  const [adaEmail, bobEmail] = [uniqueEmail("ada"), uniqueEmail("bob")];
  await inviteByEmail(page, slug, [adaEmail, bobEmail], "member");
  const [ada, bob] = await Promise.all([acceptEmailInvitation(browser, adaEmail, slug), acceptEmailInvitation(browser, bobEmail, slug)]);

  await page.goto(`/w/${slug}/settings/members`);
  await expect(page.getByTestId("member-count")).toHaveText(/^3\s+members$/);
  await expectAccessible(page);
  await screenshot(page, "members-owner");

  // Change a role: picking one asks first; confirmed, a toast says so and the role holds after a reload (the
  // pending state, Cancel and Undo: "a role change's toast offers Undo" below).
  const adaRole = memberRow(page, adaEmail).getByRole("combobox", { name: `Role of ${adaEmail}` });
  await expect(adaRole).toHaveValue("member");
  await adaRole.selectOption("viewer");
  const roleDialog = page.getByRole("dialog", { name: "Change role?" });
  await expect(roleDialog).toContainText(`${adaEmail} becomes a Viewer`);
  await roleDialog.getByRole("button", { name: "Change role" }).click();
  await expect(toast(page, `${adaEmail} is now a Viewer.`)).toBeVisible();
  await expect(adaRole).toHaveValue("viewer");
  await expectToastAccessible(page, `${adaEmail} is now a Viewer.`);
  await page.reload();
  await expect(adaRole).toHaveValue("viewer");
  await ada.page.goto(`/w/${slug}`);
  await expect(ada.page.getByText("Viewer", { exact: true })).toBeVisible();

  // Remove a member after confirming; their next request to the workspace is a 404, their own workspace still works.
  await memberRow(page, bobEmail).getByRole("button", { name: `Remove ${bobEmail}` }).click();
  const removeDialog = page.getByRole("dialog", { name: "Remove member?" });
  await expect(removeDialog).toContainText(`${bobEmail} loses access`);
  await expectAccessible(page, '[role="dialog"]');
  await screenshot(page, "remove-member-dialog", { fullPage: false });
  await removeDialog.getByRole("button", { name: "Remove member" }).click();
  await expect(toast(page, `${bobEmail} removed.`)).toBeVisible();
  await expect(memberRow(page, bobEmail)).toHaveCount(0);
  const gone = await bob.page.goto(`/w/${slug}`);
  expect(gone?.status()).toBe(404);
  await expect(bob.page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await bob.page.goto("/");
  await expect(bob.page).toHaveURL(/\/w\/bob-/);

});

// The second half of the owner's journey, in its own test so that each stays well inside its time under load.
test("an owner transfers ownership and leaves", async ({ page, browser }) => {
  const ownerEmail = uniqueEmail("owner");
  await signInByMail(page, ownerEmail);
  const name = `Handover ${tag()}`;
  const slug = await createWorkspace(page, name);
  const adaEmail = uniqueEmail("ada");
  await inviteByEmail(page, slug, [adaEmail], "member");
  const ada = await acceptEmailInvitation(browser, adaEmail, slug);
  await page.goto(`/w/${slug}/settings/members`);
  await expect(page.getByTestId("member-count")).toHaveText(/^2\s+members$/);

  // Transfer ownership: Ada becomes owner, the previous owner becomes manager.
  await memberRow(page, adaEmail).getByRole("button", { name: `Transfer ownership to ${adaEmail}` }).click();
  const transferDialog = page.getByRole("dialog", { name: "Transfer ownership?" });
  await expect(transferDialog).toContainText(`${adaEmail} becomes an owner`);
  await expect(transferDialog.getByLabel("Make me a manager afterwards")).toBeChecked();
  await expectAccessible(page, '[role="dialog"]');
  await screenshot(page, "transfer-ownership-dialog", { fullPage: false });
  await transferDialog.getByRole("button", { name: "Transfer ownership" }).click();
  await expect(toast(page, `${adaEmail} is now an owner.`)).toBeVisible();
  await page.reload();
  await expect(memberRow(page, adaEmail).getByTestId("role-label")).toHaveText("Owner");
  await expect(memberRow(page, ownerEmail).getByTestId("role-label")).toHaveText("Manager");
  // As a manager now, nothing on the owner's row can be touched.
  await expect(memberRow(page, adaEmail).getByRole("combobox")).toHaveCount(0);
  await expect(memberRow(page, adaEmail).getByRole("button")).toHaveCount(0);

  // The only owner is not offered a Leave that can only fail; they are told what to do instead.
  await ada.page.goto(`/w/${slug}/settings/general`);
  const adaLeave = ada.page.getByRole("button", { name: "Leave workspace" });
  await expect(adaLeave).toBeDisabled();
  await expect(adaLeave).toHaveAccessibleDescription(/only owner\. Transfer ownership/);

  // The previous owner, now a manager, leaves and is moved to their personal workspace.
  await page.goto(`/w/${slug}/settings/general`);
  await page.getByRole("button", { name: "Leave workspace" }).click();
  const leaveDialog = page.getByRole("dialog", { name: `Leave ${name}?` });
  await leaveDialog.getByRole("button", { name: "Leave", exact: true }).click();
  await expect(toast(page, `You left ${name}.`)).toBeVisible();
  await expect(page).toHaveURL(/\/w\/owner-/);
  await openSwitcher(page);
  await expect(page.getByTestId(`switcher-item-${slug}`)).toHaveCount(0);
  await page.keyboard.press("Escape");
  expect((await page.goto(`/w/${slug}`))?.status()).toBe(404);
});

test("a manager cannot touch an owner: no controls on the owner's row, and the server refuses", async ({ page, browser }) => {
  const ownerEmail = uniqueEmail("owner");
  await signInByMail(page, ownerEmail);
  const slug = await createWorkspace(page, `Guarded ${tag()}`);
  const [managerEmail, targetEmail] = [uniqueEmail("manager"), uniqueEmail("target")];
  await inviteByEmail(page, slug, [managerEmail], "manager");
  await inviteByEmail(page, slug, [targetEmail], "member");
  const [manager] = await Promise.all([acceptEmailInvitation(browser, managerEmail, slug), acceptEmailInvitation(browser, targetEmail, slug)]);
  const mp = manager.page;

  await mp.goto(`/w/${slug}/settings/members`);
  await expect(mp.getByTestId("member-count")).toHaveText(/^3\s+members$/);
  await screenshot(mp, "members-manager");
  const ownerRow = memberRow(mp, ownerEmail);
  await expect(ownerRow.getByTestId("role-label")).toHaveText("Owner");
  await expect(ownerRow.getByRole("combobox")).toHaveCount(0);
  await expect(ownerRow.getByRole("button")).toHaveCount(0);
  // On a non-owner, a manager may assign manager, member or viewer, but never owner, and cannot transfer ownership.
  const targetSelect = memberRow(mp, targetEmail).getByRole("combobox", { name: `Role of ${targetEmail}` });
  await expect(targetSelect.locator("option")).toHaveText(["Member", "Manager", "Viewer"]);
  await expect(memberRow(mp, targetEmail).getByRole("button", { name: `Remove ${targetEmail}` })).toBeVisible();
  await expect(mp.getByRole("button", { name: /Transfer ownership/ })).toHaveCount(0);

  // The owner promotes the target to owner in their own browser: the manager's page is now stale.
  await page.goto(`/w/${slug}/settings/members`);
  await memberRow(page, targetEmail).getByRole("combobox").selectOption("owner");
  await expect(page.getByRole("dialog", { name: "Change role?" })).toContainText(`${targetEmail} becomes an Owner`);
  await page.getByRole("dialog", { name: "Change role?" }).getByRole("button", { name: "Change role" }).click();
  await expect(toast(page, `${targetEmail} is now an Owner.`)).toBeVisible();

  // From the stale select the change is refused with an error toast, and nothing changed.
  await targetSelect.selectOption("viewer");
  await mp.getByRole("dialog", { name: "Change role?" }).getByRole("button", { name: "Change role" }).click();
  await expect(toast(mp, "Only an owner can change or remove an owner.")).toBeVisible();
  await expectToastAccessible(mp, "Only an owner can change or remove an owner.");
  await mp.reload();
  await expect(memberRow(mp, targetEmail).getByTestId("role-label")).toHaveText("Owner");
  await expect(memberRow(mp, targetEmail).getByRole("combobox")).toHaveCount(0);

  // Calling the server actions directly, as any client could, is refused too.
  const ownerId = await memberIdFromPage(mp, ownerEmail);
  expect(await callServerAction(mp, "changeMemberRoleAction", [slug, { userId: ownerId, role: "viewer" }])).toMatchObject({
    ok: false,
    code: "FORBIDDEN",
    message: "Only an owner can change or remove an owner.",
  });
  expect(await callServerAction(mp, "removeMemberAction", [slug, { userId: ownerId }])).toMatchObject({
    ok: false,
    code: "FORBIDDEN",
    message: "Only an owner can change or remove an owner.",
  });
  const managerId = await memberIdFromPage(mp, managerEmail);
  expect(await callServerAction(mp, "transferOwnershipAction", [slug, { userId: managerId, demoteSelf: false }])).toMatchObject({
    ok: false,
    code: "FORBIDDEN",
    message: "You do not have permission to do that.",
  });
  await mp.reload();
  await expect(memberRow(mp, ownerEmail).getByTestId("role-label")).toHaveText("Owner");
  await expect(mp.getByTestId("member-count")).toHaveText(/^3\s+members$/);
});

test("a role change's toast offers Undo, which changes it back; members show their avatar and display name", async ({ page, browser }) => {
  const ownerEmail = uniqueEmail("owner");
  await signInByMail(page, ownerEmail);
  const slug = await createWorkspace(page, `Undo ${tag()}`);
  const member = await inviteAndAccept(page, browser, slug, "member", "undo");

  // A display name shows instead of the address, which stays under it; the avatar shows the initials.
  await member.page.goto("/account");
  await member.page.getByLabel("Display name").fill("Grace Hopper");
  await member.page.getByRole("button", { name: "Save" }).click();
  await expect(toast(member.page, /saved/i)).toBeVisible();
  await page.goto(`/w/${slug}/settings/members`);
  const row = memberRow(page, member.email);
  await expect(row.getByText("Grace Hopper", { exact: true })).toBeVisible();
  await expect(row.getByText(member.email, { exact: true })).toBeVisible();
  await expect(row.locator("span.avatar-person")).toHaveText("GH");
  await expect(row.locator("time")).toHaveAttribute("title", /UTC/);

  await screenshot(page, "members-with-names");

  // Picking a role asks first: Cancel leaves the role as it was and gives the focus back to the select.
  const select = row.getByRole("combobox", { name: "Role of Grace Hopper" });
  await select.selectOption("manager");
  const dialog = page.getByRole("dialog", { name: "Change role?" });
  await expect(dialog).toContainText("Grace Hopper becomes a Manager: from their next request they can manage members, invitations, API tokens and settings, but not owners.");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  // Behind the open dialog (hidden from assistive technology meanwhile) the select still shows the role held.
  await expect(row.locator("select")).toHaveValue("member");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(select).toBeFocused();
  await expect(select).toHaveValue("member");

  // Confirmed, the button is busy until the server answers (the action's POST is held back here), then the toast
  // offers Undo, which changes the role back.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const membersUrl = `**/w/${slug}/settings/members`;
  await page.route(membersUrl, async (route) => {
    if (route.request().method() === "POST") await held;
    await route.continue();
  });
  await select.selectOption("manager");
  await expectAccessible(page, '[role="dialog"]');
  await screenshotEverywhere(page, "change-role-dialog");
  const changeRole = dialog.getByRole("button", { name: "Change role" });
  await changeRole.click();
  await expect(changeRole).toHaveAttribute("aria-busy", "true");
  await expect(changeRole).toBeDisabled();
  const done = toast(page, "Grace Hopper is now a Manager.");
  await expect(done).toHaveCount(0);
  release();
  await expect(done).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(select).toHaveValue("manager");
  await page.unroute(membersUrl);
  await screenshotEverywhere(page, "change-role-undo-toast", () => done.hover());
  await done.getByRole("button", { name: "Undo" }).click();
  await expect(toast(page, "Grace Hopper is a Member again.")).toBeVisible();
  await expect(select).toHaveValue("member");
  await page.reload();
  await expect(select).toHaveValue("member");
  await page.goto(`/w/${slug}/settings/activity`);
  await expect(page.getByText("Member → Manager")).toBeVisible();
  await expect(page.getByText("Manager → Member")).toBeVisible();
});

test("an owner deletes a workspace by typing its slug and is moved to their personal workspace", async ({ page, browser }) => {
  await signInByMail(page, uniqueEmail("owner"));
  const personal = slugOf(page);
  const name = `Doomed ${tag()}`;
  const slug = await createWorkspace(page, name);
  const member = await inviteAndAccept(page, browser, slug, "member");

  await page.goto(`/w/${slug}/settings/general`);
  await page.getByRole("button", { name: "Delete workspace" }).click();
  const dialog = page.getByRole("dialog", { name: `Delete ${name}?` });
  const confirm = dialog.getByRole("button", { name: "Delete workspace" });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(`Type ${slug} to confirm`).fill(slug.slice(0, -1));
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(`Type ${slug} to confirm`).fill(`${slug} `);
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(`Type ${slug} to confirm`).fill(slug);
  await expect(confirm).toBeEnabled();
  await expectAccessible(page, '[role="dialog"]');
  await screenshot(page, "delete-workspace-dialog", { fullPage: false });
  await confirm.click();

  await expect(toast(page, `${name} was deleted. You can restore it from your account page until`)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/w/${personal}$`));
  await openSwitcher(page);
  await expect(page.getByTestId(`switcher-item-${personal}`)).toBeVisible();
  await expect(page.getByTestId(`switcher-item-${slug}`)).toHaveCount(0);
  await page.keyboard.press("Escape");
  // Every member loses access on their next request.
  expect((await member.page.goto(`/w/${slug}`))?.status()).toBe(404);
  expect((await page.goto(`/w/${slug}/settings/general`))?.status()).toBe(404);
});

test("an owner creates a workspace on /new, lands in it, finds it in the switcher and renames it", async ({ page }) => {
  await signInByMail(page, uniqueEmail("creator"));
  await expect(page).toHaveURL(/\/w\//);
  const personal = slugOf(page);
  const t = tag();

  await page.goto("/new");
  await expectAccessible(page);
  const slugInput = page.getByLabel("Slug", { exact: true });
  const status = page.getByTestId("slug-status");
  // The slug follows the name until it is edited, and its availability shows as you type.
  await page.getByLabel("Display name").fill(`Acme Rockets ${t}`);
  await expect(slugInput).toHaveValue(`acme-rockets-${t}`);
  await expect(status).toHaveText("Available");
  await screenshot(page, "new-workspace");
  await slugInput.fill(personal);
  await expect(status).toHaveText("That slug is already taken.");
  await slugInput.fill("api");
  await expect(status).toHaveText("This slug is reserved.");
  await slugInput.fill(`rockets-${t}`);
  await expect(status).toHaveText("Available");
  await page.getByLabel("Display name").fill(`Acme Rockets ${t}!`);
  await expect(slugInput).toHaveValue(`rockets-${t}`);
  await page.getByRole("button", { name: "Create workspace" }).click();

  const slug = `rockets-${t}`;
  await expect(page).toHaveURL(new RegExp(`/w/${slug}$`));
  await expect(page.getByTestId("workspace-title")).toHaveText(`Acme Rockets ${t}!`);
  await expect(page.getByText("Shared workspace", { exact: true })).toBeVisible();
  const switcher = page.getByTestId("workspace-switcher");
  await expect(switcher).toHaveAccessibleName(`Acme Rockets ${t}!`);
  await switcher.click();
  await expect(page.getByTestId(`switcher-item-${slug}`)).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId(`switcher-item-${slug}`)).toContainText("Owner");
  await expect(page.getByTestId(`switcher-item-${personal}`)).toContainText("Personal · Owner");
  await page.keyboard.press("Escape");
  await expectAccessible(page);
  await screenshot(page, "shared-workspace-home");

  await page.goto(`/w/${slug}/settings/general`);
  await expect(page.getByTestId("workspace-slug")).toHaveText(slug);
  await expectAccessible(page);
  await screenshot(page, "general-owner");
  const nameInput = page.getByLabel("Display name");
  await expect(nameInput).toHaveValue(`Acme Rockets ${t}!`);
  await expect(page.getByRole("button", { name: "Save" })).toBeDisabled();
  await nameInput.fill(`Rocket Lab ${t}`);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(toast(page, "Workspace renamed.")).toBeVisible();
  await expect(switcher).toHaveAccessibleName(`Rocket Lab ${t}`);
  await page.reload();
  await expect(nameInput).toHaveValue(`Rocket Lab ${t}`);
  await expect(page.getByTestId("workspace-slug")).toHaveText(slug);

  // "/" returns to the last workspace visited (a cookie the page sets), not the personal one.
  await expect.poll(async () => (await page.context().cookies()).find((c) => c.name === "roster_last_workspace")?.value).toBe(slug);
  await page.goto("/");
  await expect(page).toHaveURL(new RegExp(`/w/${slug}$`));
  await page.goto(`/w/${personal}`);
  await expect.poll(async () => (await page.context().cookies()).find((c) => c.name === "roster_last_workspace")?.value).toBe(personal);
  await page.goto("/");
  await expect(page).toHaveURL(new RegExp(`/w/${personal}$`));
});

test("a viewer sees no controls", async ({ page, browser }) => {
  const ownerEmail = uniqueEmail("owner");
  await signInByMail(page, ownerEmail);
  const name = `Read only ${tag()}`;
  const slug = await createWorkspace(page, name);
  const viewer = await inviteAndAccept(page, browser, slug, "viewer");
  const vp = viewer.page;

  await vp.goto(`/w/${slug}/settings/members`);
  await expect(memberRow(vp, ownerEmail)).toBeVisible();
  await expect(memberRow(vp, viewer.email).getByTestId("role-label")).toHaveText("Viewer");
  await expect(vp.getByRole("table").getByRole("combobox")).toHaveCount(0);
  await expect(vp.getByRole("button", { name: /^(Remove|Transfer ownership)/ })).toHaveCount(0);
  await expect(vp.getByRole("link", { name: "Invite" })).toHaveCount(0);
  const tabs = vp.getByRole("navigation", { name: "Workspace settings" }).getByRole("link");
  await expect(tabs).toHaveText(["General", "Members"]);
  await screenshot(vp, "members-viewer");

  await vp.goto(`/w/${slug}/settings/general`);
  await expect(vp.getByLabel("Display name")).toHaveAttribute("readonly", "");
  await expect(vp.getByRole("button", { name: "Save" })).toHaveCount(0);
  await expect(vp.getByText("Only owners and managers can rename the workspace.")).toBeVisible();
  await expect(vp.getByRole("heading", { name: "Danger zone" })).toHaveCount(0);
  await expect(vp.getByRole("button", { name: "Delete workspace" })).toHaveCount(0);
  await expect(vp.getByRole("link", { name: "Transfer ownership" })).toHaveCount(0);
  await expect(vp.getByRole("button", { name: "Leave workspace" })).toBeVisible();
  await screenshot(vp, "general-viewer");

  await vp.goto(`/w/${slug}/settings/invitations`);
  await expect(vp.getByText("Only owners and managers can see and send invitations.")).toBeVisible();
  await expect(vp.getByLabel("Email addresses")).toHaveCount(0);
});

test("the switcher shows HTML in names as text and filters when there are more than 8 workspaces", async ({ page }) => {
  await signInByMail(page, uniqueEmail("many"));
  const t = tag();
  const html = `<img src=x onerror="window.__pwned=1"><b>Bold</b> & Co`;
  const htmlSlug = await createWorkspace(page, html, `html-${t}`);
  await expect(page).toHaveTitle(`${html} · Roster`);
  const switcher = page.getByTestId("workspace-switcher");
  await expect(switcher).toHaveAccessibleName(html);
  await expect(switcher.locator("img, b")).toHaveCount(0);
  await expect(page.locator("main img")).toHaveCount(0);
  await page.goto(`/w/${htmlSlug}/settings/general`);
  await expect(page.getByLabel("Display name")).toHaveValue(html);
  await expect(page).toHaveTitle("General settings · Roster");

  // With the personal workspace that makes 9, one more than the switcher lists without a filter. The rest are
  // created with the create form's own server action (the form itself is covered above).
  await page.goto("/new");
  for (const n of ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf"]) {
    const created = await callServerAction(page, "createWorkspaceAction", [{ displayName: `${n} ${t}`, slug: `${n.toLowerCase()}-${t}`, region: "local" }]);
    expect(created).toEqual({ ok: true, data: { slug: `${n.toLowerCase()}-${t}` } });
  }
  await page.goto(`/w/${htmlSlug}`);
  await switcher.click();
  const filter = page.getByLabel("Filter workspaces");
  await expect(filter).toBeVisible();
  await expect(page.locator('[data-testid^="switcher-item-"]')).toHaveCount(9);
  const item = page.getByTestId(`switcher-item-${htmlSlug}`);
  await expect(item).toContainText(html);
  await expect(item.locator("img, b")).toHaveCount(0);
  await expectAccessible(page, "[data-radix-menu-content]");
  await screenshot(page, "switcher-filter");
  await filter.fill("bra");
  await expect(page.locator('[data-testid^="switcher-item-"]')).toHaveCount(1);
  await expect(page.getByTestId(`switcher-item-bravo-${t}`)).toBeVisible();
  await filter.fill("nothing-like-this");
  await expect(page.locator('[data-testid^="switcher-item-"]')).toHaveCount(0);
  await expect(page.getByText("No workspace matches.")).toBeVisible();
  // By keyboard: the arrow keys lead from the filter into the list; Enter in the filter opens the first match.
  await filter.fill("golf");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByTestId(`switcher-item-golf-${t}`)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/w/golf-${t}$`));
  await expect(filter).toBeHidden();
  await switcher.press("Enter");
  await filter.fill("charl");
  await filter.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/w/charlie-${t}$`));
  await expect(filter).toBeHidden();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
