import type { Page } from "@playwright/test";
import { callServerAction, createWorkspace, expect, expectAccessible, expectNoHorizontalScroll, inviteAndAccept, inviteByEmail, screenshotEverywhere, signInByMail, test, toast, uniqueEmail } from "./fixtures";

/** A workspace with doors open: an email invitation, two invite links and a token without an expiry. */
async function workspaceWithOpenDoors(page: Page, name: string) {
  await signInByMail(page, uniqueEmail("doors"));
  const slug = await createWorkspace(page, name);
  const invitee = uniqueEmail("invitee");
  await inviteByEmail(page, slug, [invitee], "member");
  for (const role of ["member", "viewer"]) {
    expect(await callServerAction(page, "createInviteLinkAction", [slug, { role, expiresIn: "7d", maxUses: 5 }])).toMatchObject({ ok: true });
  }
  expect(await callServerAction(page, "createTokenAction", [slug, { name: "deploy bot", expiresInDays: null }])).toMatchObject({ ok: true });
  return { slug, invitee };
}

test("Settings, Access lists every way in, each door with its own button", async ({ page }) => {
  const { slug, invitee } = await workspaceWithOpenDoors(page, "Open doors");
  await page.goto(`/w/${slug}/settings/general`);
  await page.getByRole("link", { name: "Access" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/settings/access$`));
  await expect(page.getByRole("heading", { name: "Invite links (2)" })).toBeVisible();
  await expect(page.getByTestId(`door-invitation-${invitee}`)).toContainText("Member");
  const token = page.getByTestId("door-token-deploy bot");
  await expect(token).toContainText("Never expires");
  await expect(token).toContainText("never used");
  await expect(page.getByRole("heading", { name: "Auto-join (0)" })).toBeVisible();
  await expectAccessible(page);
  await screenshotEverywhere(page, "access");
  await page.setViewportSize({ width: 375, height: 812 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // One door: the invitation, after the one confirmation.
  await page.getByTestId(`door-invitation-${invitee}`).getByRole("button", { name: `Revoke: ${invitee}` }).click();
  await page.getByRole("dialog", { name: "Revoke invitation?" }).getByRole("button", { name: "Revoke invitation" }).click();
  await expect(toast(page, "Invitation revoked.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Pending invitations (0)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Invite links (2)" })).toBeVisible();
});

test("Close every open door: only once the slug is typed; links and invitations revoked, the token kept, the trail says who", async ({ page }) => {
  const { slug } = await workspaceWithOpenDoors(page, "Closing doors");
  await page.goto(`/w/${slug}/settings/access`);
  await page.getByRole("button", { name: "Close every open door" }).click();
  const dialog = page.getByRole("dialog", { name: "Close every open door?" });
  const close = dialog.getByRole("button", { name: "Close every door" });
  await expect(close).toBeDisabled();
  await dialog.getByLabel(/to confirm/).fill(slug);
  await screenshotEverywhere(page, "access-close-every-door");
  await close.click();
  await expect(toast(page, "Closed: 2 invite links and 1 invitation revoked, auto-join off.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Invite links (0)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Pending invitations (0)" })).toBeVisible();
  await expect(page.getByTestId("door-token-deploy bot")).toBeVisible();

  await page.goto(`/w/${slug}/settings/activity`);
  await expect(page.getByTestId("activity-row").first()).toContainText("Closed every open door");
});

test("members and viewers cannot see the Access page, and the server refuses them", async ({ page, browser }) => {
  const owner = uniqueEmail("doors-owner");
  await signInByMail(page, owner);
  const slug = await createWorkspace(page, "Guarded doors");
  const { context, page: mp } = await inviteAndAccept(page, browser, slug, "member", "doors-member");
  await mp.goto(`/w/${slug}/settings/members`);
  await expect(mp.getByRole("link", { name: "Access" })).toHaveCount(0);
  await mp.goto(`/w/${slug}/settings/access`);
  await expect(mp.getByText("Only owners and managers can see who can get into the workspace.")).toBeVisible();
  expect(await callServerAction(mp, "closeEveryDoorAction", [slug, { confirmSlug: slug }])).toMatchObject({ ok: false, code: "FORBIDDEN" });
  await context.close();
});
