import type { Browser, BrowserContext, Page } from "@playwright/test";
import { createWorkspace } from "./api-helpers";
import {
  acceptEmailInvitation,
  expect,
  expectAccessible,
  expectSsoRefusal,
  inviteByEmail,
  mailCount,
  memberRow,
  screenshotFullPageEverywhere as shoot,
  signInByMail,
  test,
  uniqueDomain,
  uniqueEmail,
  verifyDomainThroughDns,
} from "./fixtures";
import { oidcIdp } from "./test-idps";


/** A signed-out browser that enters `email` on /sign-in and is offered the IdP. */
async function signInPage(browser: Browser, baseURL: string | undefined, email: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: /sign-in link/i }).click();
  return page;
}

// One company's journey, in steps that each stay well inside the test timeout; a step reuses the owner's session.
test.describe.configure({ mode: "serial" });

const domain = uniqueDomain("sso");
const ownerEmail = uniqueEmail("owner", domain);
const memberEmail = uniqueEmail("member", domain);
const newcomerEmail = uniqueEmail("newcomer", domain);
let slug = "";
let ownerState: Awaited<ReturnType<BrowserContext["storageState"]>>;

async function ownerPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const page = await (await browser.newContext({ baseURL, storageState: ownerState })).newPage();
  await page.goto(`/w/${slug}/settings/security`);
  return page;
}

test("an owner verifies the company's domain through DNS on the Domains tab; a member at it joins by invitation", async ({ page, browser }) => {
  await signInByMail(page, ownerEmail);
  slug = await createWorkspace(page, "sso");
  await verifyDomainThroughDns(page, slug, domain);
  // A member at the domain, from before SSO.
  await inviteByEmail(page, slug, [memberEmail], "member");
  await acceptEmailInvitation(browser, memberEmail, slug);
  ownerState = await page.context().storageState();
});

test("the owner adds an OIDC connection on the Security page", async ({ browser, baseURL }) => {
  await oidcIdp.setPerson({ email: ownerEmail });
  await oidcIdp.setPerson({ email: newcomerEmail, groups: ["roster-admins"] });
  const client = await oidcIdp.registerClient(`${baseURL}/sso/${slug}/oidc/callback`);
  const page = await ownerPage(browser, baseURL);
  await expect(page.getByRole("link", { name: "Security" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("listitem").filter({ hasText: domain })).toBeVisible();
  await expect(page.getByTestId("copy-Sign-in redirect URI")).toHaveText(`${baseURL}/sso/${slug}/oidc/callback`);
  await expectAccessible(page);
  await shoot(page, "security-new");
  await page.getByLabel("Name on the sign-in button").fill("Test IdP");
  await page.getByLabel("Issuer URL").fill(oidcIdp.issuer);
  await page.getByLabel("Client ID").fill(client.client_id);
  await page.getByLabel("Client secret").fill(client.client_secret);
  await page.getByLabel("Scopes").fill("openid email profile groups");
  await page.getByRole("button", { name: "Add group mapping" }).click();
  await page.getByLabel("Group 1", { exact: true }).fill("roster-admins");
  await page.getByLabel("Role 1", { exact: true }).selectOption("manager");
  await page.getByRole("button", { name: "Add connection" }).click();
  await expect(page.getByText("SSO connection added. Test it next.")).toBeVisible();
  await expect(page.locator("#require-sso-help")).toHaveText(/Test the connection first/);
  await expect(page.getByLabel("Require SSO")).toBeDisabled();
  await expect(page.getByLabel("Client secret")).toHaveValue("");
});

test("Test connection signs the owner in at the IdP in a popup and shows the claims; then the owner requires SSO", async ({ browser, baseURL }) => {
  const page = await ownerPage(browser, baseURL);
  const popupPromise = page.waitForEvent("popup");
  await page.getByRole("button", { name: "Test connection" }).click();
  const popup = await popupPromise;
  await oidcIdp.signIn(popup, ownerEmail);
  await expect(popup.getByRole("heading", { name: "The connection works" })).toBeVisible();
  await expect(popup.getByLabel("Claims received")).toContainText(ownerEmail);
  await expectAccessible(popup);
  await shoot(popup, "sso-test-result");
  await popup.getByRole("button", { name: "Done" }).click();
  await expect(page.getByTestId("sso-tested")).toContainText("Last passed");

  // Require SSO, the owner kept as break-glass.
  await page.getByLabel("Require SSO").check();
  await page.getByLabel("Break-glass owner").selectOption({ label: ownerEmail });
  await expect(page.getByRole("note")).toContainText(`${ownerEmail} can still sign in with an email link`);
  await page.getByRole("button", { name: "Save enforcement" }).click();
  // The member signed in by email link before: that session ends (the owner's, break-glass and acting, stays).
  await expect(page.getByText("SSO is now required. 1 session signed in another way ended.")).toBeVisible();
  await expect(page.getByText("Required", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await shoot(page, "security-required");
});

test("a new person at the domain signs in through the IdP and joins with the mapped role; a member can no longer get an email link", async ({ browser, baseURL }) => {
  const newPage = await signInPage(browser, baseURL, newcomerEmail);
  const offer = newPage.getByTestId("sso-offer");
  await expect(offer).toContainText("requires single sign-on");
  await expect(offer.getByRole("button", { name: /sign-in link instead/ })).toHaveCount(0);
  await expectAccessible(newPage);
  await shoot(newPage, "sign-in-sso-required");
  await newPage.getByRole("link", { name: "Continue with Test IdP" }).click();
  await oidcIdp.signIn(newPage, newcomerEmail);
  await expect(newPage).toHaveURL(new RegExp(`/w/${slug}$`));
  const mine = (await (await newPage.request.get("/api/me/workspaces")).json()) as { workspaces: { slug: string; role: string }[] };
  expect(mine.workspaces.find((w) => w.slug === slug)?.role).toBe("manager");
  expect(await mailCount(newPage.request, newcomerEmail)).toBe(0);

  // Not from the form, not from Auth.js directly.
  const memberSignIn = await signInPage(browser, baseURL, memberEmail);
  const mailsBefore = await mailCount(memberSignIn.request, memberEmail);
  await expect(memberSignIn.getByTestId("sso-offer")).toContainText("requires single sign-on");
  const { csrfToken } = (await (await memberSignIn.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const direct = await memberSignIn.request.post("/api/auth/signin/email", { form: { email: memberEmail, csrfToken, callbackUrl: "/" }, maxRedirects: 0 });
  expect(direct.headers()["location"]).toContain("error=AccessDenied");
  expect(await mailCount(memberSignIn.request, memberEmail)).toBe(mailsBefore);
});

test("removed at the IdP, a person's next sign-in fails there", async ({ browser, baseURL }) => {
  await oidcIdp.setPerson({ email: newcomerEmail, remove: true });
  const removed = await signInPage(browser, baseURL, newcomerEmail);
  await removed.getByRole("link", { name: "Continue with Test IdP" }).click();
  await oidcIdp.signIn(removed, newcomerEmail);
  await expect(removed.getByRole("alert")).toHaveText("Unknown email address or wrong password.");
});

test("the connection turned off, nobody signs in (nothing written) and the member's email link is back", async ({ browser, baseURL }) => {
  // A person the IdP knows, half-way through signing in when the owner turns the connection off.
  const lateEmail = uniqueEmail("late", domain);
  await oidcIdp.setPerson({ email: lateEmail });
  const late = await signInPage(browser, baseURL, lateEmail);
  await late.getByRole("link", { name: "Continue with Test IdP" }).click();
  await expect(late.getByRole("heading", { name: "Test IdP" })).toBeVisible();
  const page = await ownerPage(browser, baseURL);
  await page.getByRole("button", { name: "Turn off SSO" }).click();
  await expect(page.getByText("SSO connection turned off.")).toBeVisible();
  await oidcIdp.signIn(late, lateEmail);
  await expectSsoRefusal(late, /Single sign-on is (turned off|disabled)/, /owner/);
  await expectAccessible(late);
  await shoot(late, "sso-error");
  // Nothing was written: no session, and the owner's member list has no such person.
  expect((await late.request.get("/api/me/workspaces")).status()).toBe(401);
  await page.goto(`/w/${slug}/settings/members`);
  await expect(memberRow(page, ownerEmail)).toBeVisible();
  await expect(memberRow(page, lateEmail)).toHaveCount(0);

  // The bookmarkable /sso/<slug> refuses too; the member's email link works again (enforcement paused with it).
  await late.goto(`/sso/${slug}`);
  await expectSsoRefusal(late, /Single sign-on is (turned off|disabled)/);
  await late.goto("/sign-in");
  await late.getByLabel("Email address").fill(memberEmail);
  await late.getByRole("button", { name: /sign-in link/i }).click();
  await expect(late.getByRole("heading", { name: "Check your email" })).toBeVisible();
});
