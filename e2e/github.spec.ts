import type { Browser, Page } from "@playwright/test";
import { callServerAction, createWorkspace, expect, expectAccessible, memberIdFromPage, openSwitcher, screenshotEverywhere, screenshotFullPageEverywhere, signInByMail, test, toast, uniqueEmail } from "./fixtures";

// GitHub sign-in and GitHub-organization links against the local GitHub e2e/run-e2e.ts serves
// (lib/testing/local-github-api.ts): its authorize page (a Username field, Authorize), its token exchange and its API.
// The tests register the GitHub people with their organizations at E2E_GITHUB_URL/_test/people.
const github = process.env.E2E_GITHUB_URL ?? "";

let counter = 0;
/** A fresh GitHub name (a login or an organization: letters, digits and hyphens, at most 39 characters). */
const uniqueName = (prefix: string) => `${prefix}-${Date.now().toString(36)}${process.pid.toString(36)}${(counter++).toString(36)}`;

type GitHubPerson = { login: string; name: string; email: string; organizations: Record<string, "admin" | "member"> };

async function onGitHub(name: string, organizations: GitHubPerson["organizations"]): Promise<GitHubPerson> {
  if (!github) throw new Error("E2E_GITHUB_URL is not set: run the suite through e2e/run-e2e.ts, which starts the local GitHub");
  const person = { login: uniqueName(name.split(" ")[0].toLowerCase()), name, email: uniqueEmail(name.split(" ")[0].toLowerCase()), organizations };
  const res = await fetch(`${github}/_test/people`, { method: "POST", body: JSON.stringify(person) });
  expect(res.status).toBe(204);
  return person;
}

/** Signs in with "Continue with GitHub": the local GitHub's authorize page, then back to Roster (their personal workspace). */
async function signInWithGitHub(page: Page, person: GitHubPerson): Promise<void> {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Continue with GitHub" }).click();
  await expect(page.getByRole("heading", { name: "Test GitHub" })).toBeVisible();
  await expect(page.getByText("It asks for: read:user, user:email, read:org.")).toBeVisible();
  await page.getByLabel("Username").fill(person.login);
  await page.getByRole("button", { name: "Authorize" }).click();
  await expect(page).toHaveURL(/\/w\/[a-z0-9-]+$/);
}

async function gitHubPage(browser: Browser, person: GitHubPerson): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInWithGitHub(page, person);
  return page;
}

/** On /new, "Create from <org>": the workspace named after the organization, linked to it. Returns its slug. */
async function createFromGitHub(page: Page, organization: string): Promise<string> {
  await page.goto("/new");
  await page.getByLabel("GitHub organization").selectOption(organization);
  await page.getByRole("button", { name: `Create from ${organization}` }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${organization}$`));
  await expect(page.getByTestId("workspace-title")).toHaveText(organization);
  return organization;
}


test("the sign-in page offers Continue with GitHub", async ({ page }) => {
  test.slow(); // screenshots on a busy machine
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Continue with GitHub" })).toBeVisible();
  await expectAccessible(page);
  await screenshotFullPageEverywhere(page, "sign-in-github");
});

test("a person signs in with GitHub and on /new creates a workspace from an organization they administer; one they only belong to is not offered, and refused when asked for", async ({ page }) => {
  test.slow(); // screenshots on a busy machine
  const admined = uniqueName("acme");
  const joined = uniqueName("guild");
  const ada = await onGitHub("Ada Admin", { [admined]: "admin", [joined]: "member" });
  await signInWithGitHub(page, ada);
  await page.getByRole("button", { name: "Account menu" }).click();
  await expect(page.getByRole("menu").getByText(ada.email)).toBeVisible();
  await page.keyboard.press("Escape");

  await page.goto("/new");
  const card = page.getByTestId("create-from-github");
  await expect(card.getByRole("heading", { name: "Create a workspace from a GitHub organization" })).toBeVisible();
  // Only the organization Ada administers: GitHub's API answered with her token.
  await expect(card.getByLabel("GitHub organization").locator("option")).toHaveText([admined]);
  await expect(card).toContainText(`The workspace is named ${admined}`);
  await expectAccessible(page);
  await screenshotFullPageEverywhere(page, "new-github");

  // Asked for directly (a server action is a public endpoint), the organization she is only a member of is refused.
  expect(await callServerAction(page, "createWorkspaceFromGithubAction", [{ githubOrganization: joined, displayName: joined, slug: joined, region: "local" }])).toMatchObject({
    ok: false,
    code: "VALIDATION",
    message: `You are not an admin of ${joined} on GitHub: only its admins can link it.`,
  });

  const slug = await createFromGitHub(page, admined);
  await page.goto(`/w/${slug}/settings/invitations`);
  const status = page.getByTestId("github-link-status");
  await expect(status.getByText("Linked", { exact: true })).toBeVisible();
  await expect(status.getByTestId("github-link-text")).toHaveText(
    `Linked by Ada Admin, an admin of ${admined} on GitHub. Members of the organization who sign in with GitHub can join as members.`,
  );
  await expect(page.getByLabel("GitHub organization")).toHaveValue(admined);
  await expect(page.getByRole("button", { name: "Turn off" })).toBeVisible();
  await expectAccessible(page);
  await screenshotFullPageEverywhere(page, "settings-github-linked");
  // Its own workspace's slug: nothing was created for the refused organization.
  await page.goto(`/w/${joined}`);
  await expect(page.getByRole("heading", { name: /not found/i })).toBeVisible();
});

test("a member of the organization signs in with GitHub, sees the workspace as a Join suggestion in the switcher and joins as member", async ({ page, browser }) => {
  test.slow(); // three people and screenshots on a busy machine
  const org = uniqueName("acme");
  const ada = await onGitHub("Ada Admin", { [org]: "admin" });
  const ben = await onGitHub("Ben Member", { [org]: "member" });
  const outsider = await onGitHub("Oz Outsider", { [uniqueName("other")]: "admin" });
  await signInWithGitHub(page, ada);
  const slug = await createFromGitHub(page, org);

  const bp = await gitHubPage(browser, ben);
  await openSwitcher(bp);
  const join = bp.getByRole("menuitem", { name: `Join ${org}` });
  await expect(join).toBeVisible();
  await expect(bp.getByTestId(`switcher-suggestion-${slug}`)).toContainText(`Open to ${org} on GitHub`);
  await screenshotEverywhere(bp, "switcher-github-suggestion");
  await join.click();
  await expect(bp).toHaveURL(new RegExp(`/w/${slug}(\\?.*)?$`));
  await expect(toast(bp, `Welcome to ${org}`)).toBeVisible();
  await expect(bp.getByText("Member", { exact: true })).toBeVisible();

  // Someone outside the organization is offered nothing.
  const op = await gitHubPage(browser, outsider);
  await op.goto("/account");
  await expect(op.getByText("No suggestions.", { exact: false })).toBeVisible();
  await openSwitcher(op);
  await expect(op.getByRole("menuitem", { name: "Create workspace" })).toBeVisible();
  await expect(op.getByRole("menuitem", { name: `Join ${org}` })).toHaveCount(0);
});

test("linking an organization on the settings without being its admin is refused with a clear message, and without GitHub sign-in too", async ({ page, browser }) => {
  const org = uniqueName("guild");
  const mia = await onGitHub("Mia Member", { [org]: "member" });
  await signInWithGitHub(page, mia);
  const slug = await createWorkspace(page, "Guild fans");
  await page.goto(`/w/${slug}/settings/invitations`);
  await expect(page.getByTestId("github-link-status")).toContainText("Only an admin of the organization on GitHub can link it.");
  await page.getByLabel("GitHub organization").fill(org);
  await page.getByRole("button", { name: "Link as an admin" }).click();
  await expect(page.getByText(`You are not an admin of ${org} on GitHub: only its admins can link it.`)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("github-link-status")).toContainText("Only an admin of the organization on GitHub can link it.");

  // An owner who signed in by email has no GitHub token to prove anything with.
  const mailPage = await (await browser.newContext()).newPage();
  await signInByMail(mailPage, uniqueEmail("mail-owner"));
  const other = await createWorkspace(mailPage, "Mail team");
  await mailPage.goto(`/w/${other}/settings/invitations`);
  await mailPage.getByLabel("GitHub organization").fill(org);
  await mailPage.getByRole("button", { name: "Link as an admin" }).click();
  await expect(mailPage.getByText("Sign in with GitHub to link an organization: Roster checks that you are one of its admins.")).toBeVisible();
});

test("when the linker leaves the workspace its GitHub link pauses: the suggestion disappears and the settings say it is paused", async ({ page, browser }) => {
  test.slow(); // four people and screenshots on a busy machine
  const org = uniqueName("acme");
  const ada = await onGitHub("Ada Admin", { [org]: "admin" });
  const ben = await onGitHub("Ben Member", { [org]: "member" });
  const cat = await onGitHub("Cat Member", { [org]: "member" });
  await signInWithGitHub(page, ada);
  const slug = await createFromGitHub(page, org);
  const [bp, cp] = await Promise.all([gitHubPage(browser, ben), gitHubPage(browser, cat)]);
  // Setup: Ben joins and Ada makes him an owner, so she may leave.
  expect(await callServerAction(bp, "joinWorkspaceAction", [slug, undefined])).toMatchObject({ ok: true });
  await page.goto(`/w/${slug}/settings/members`);
  const benId = await memberIdFromPage(page, ben.email);
  expect(await callServerAction(page, "changeMemberRoleAction", [slug, { userId: benId, role: "owner" }])).toMatchObject({ ok: true });

  await cp.goto("/account");
  await expect(cp.getByTestId(`suggestion-${slug}`)).toContainText(`Open to members of the GitHub organization ${org}`);

  await page.goto("/account");
  await page.getByTestId(`account-workspace-${slug}`).getByRole("button", { name: `Leave ${org}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Leave" }).click();
  await expect(toast(page, `You left ${org}.`)).toBeVisible();

  await cp.reload();
  await expect(cp.getByText("No suggestions.", { exact: false })).toBeVisible();
  await openSwitcher(cp);
  await expect(cp.getByRole("menuitem", { name: "Create workspace" })).toBeVisible();
  await expect(cp.getByRole("menuitem", { name: `Join ${org}` })).toHaveCount(0);
  await cp.keyboard.press("Escape");
  expect(await callServerAction(cp, "joinWorkspaceAction", [slug, undefined])).toMatchObject({ ok: false, code: "NOT_FOUND" });

  await bp.goto(`/w/${slug}/settings/invitations`);
  const status = bp.getByTestId("github-link-status");
  await expect(status.getByText("Paused", { exact: true })).toBeVisible();
  await expect(status.getByTestId("github-link-text")).toHaveText(`Ada Admin, who linked ${org}, left the workspace. An admin of ${org} links it again to resume.`);
  await expect(bp.getByRole("button", { name: "Link as an admin" })).toBeVisible();
  await expectAccessible(bp);
  await screenshotFullPageEverywhere(bp, "settings-github-paused");
});
